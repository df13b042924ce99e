#pragma once
// Plain geometry values: what the renderer draws and GEOS/OGR convert to and from.
#include <algorithm>
#include <vector>

namespace bordermap {

struct XY {
    double x = 0, y = 0;  // longitude/latitude, or projected metres, or page points
    bool operator==(const XY&) const = default;
};
using Path = std::vector<XY>;

enum class GeometryType { polygon, line, point };

// polygon: each part is a polygon (outer ring, then holes);
// line: each part holds one path; point: each part holds one path of one point.
struct Geometry {
    GeometryType type = GeometryType::polygon;
    std::vector<std::vector<Path>> parts;
    bool empty() const { return parts.empty(); }
};

struct Box {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
    bool intersects(const Box& o) const { return min_x <= o.max_x && o.min_x <= max_x && min_y <= o.max_y && o.min_y <= max_y; }
    bool contains(XY p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
    // Grows to cover `o` as well.
    void add(const Box& o) {
        min_x = std::min(min_x, o.min_x);
        min_y = std::min(min_y, o.min_y);
        max_x = std::max(max_x, o.max_x);
        max_y = std::max(max_y, o.max_y);
    }
};

// Bounding box of every coordinate; a zero box for an empty geometry.
Box bounds(const Geometry& geometry);

// A circle as a polygon of `sides` vertices (counter-clockwise in y-up coordinates).
Geometry circle_polygon(XY centre, double radius, int sides = 48);

// Whether `point` lies inside a polygon geometry (even-odd over all its rings, so holes are out);
// false for lines and points.
bool contains(const Geometry& polygons, XY point);

}  // namespace bordermap

namespace bordermap {
// Great-circle distance in kilometres between two longitude/latitude points (mean Earth radius).
double great_circle_km(XY a, XY b);
}  // namespace bordermap
