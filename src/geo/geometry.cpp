#include "bordermap/geo/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <limits>

namespace bordermap {

Geometry circle_polygon(XY centre, double radius, int sides) {
    Path ring;
    for (int i = 0; i <= sides; ++i) {
        const double angle = 2 * std::numbers::pi * (i % sides) / sides;
        ring.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
    }
    return Geometry{GeometryType::polygon, {{ring}}};
}

Box bounds(const Geometry& geometry) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    Box box{inf, inf, -inf, -inf};
    for (const auto& part : geometry.parts)
        for (const auto& path : part)
            for (const auto& p : path) {
                box.min_x = std::min(box.min_x, p.x);
                box.min_y = std::min(box.min_y, p.y);
                box.max_x = std::max(box.max_x, p.x);
                box.max_y = std::max(box.max_y, p.y);
            }
    return box.min_x == inf ? Box{} : box;
}

}  // namespace bordermap

#include <cmath>
#include <numbers>

namespace bordermap {

bool contains(const Geometry& polygons, XY point) {
    if (polygons.type != GeometryType::polygon) return false;
    bool inside = false;
    for (const auto& polygon : polygons.parts)
        for (const Path& ring : polygon)
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const XY a = ring[i], b = ring[j];
                if ((a.y > point.y) != (b.y > point.y) && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
            }
    return inside;
}

double great_circle_km(XY a, XY b) {
    constexpr double radius_km = 6371.0088, to_radians = std::numbers::pi / 180.0;
    const double lat1 = a.y * to_radians, lat2 = b.y * to_radians;
    const double dlat = lat2 - lat1, dlon = (b.x - a.x) * to_radians;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1) * std::cos(lat2) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * radius_km * std::asin(std::sqrt(std::min(1.0, h)));
}

}  // namespace bordermap
