#include "bordermap/render/furniture.hpp"

#include <algorithm>
#include <cmath>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

// East Asia as the locator map shows it.

std::string degrees(double value, char positive, char negative) {
    const double rounded = std::round(value * 100) / 100;
    return format_number(std::fabs(rounded)) + "\u00b0" + (rounded >= 0 ? positive : negative);
}

// The frame's outline in longitude/latitude, densified so that it bends as the projection does.
Path frame_outline(const Projection& projection, const PageTransform& page, const Box& frame) {
    Path out;
    constexpr int steps = 48;
    const XY corners[] = {{frame.min_x, frame.min_y}, {frame.max_x, frame.min_y}, {frame.max_x, frame.max_y}, {frame.min_x, frame.max_y}};
    for (int side = 0; side < 4; ++side) {
        const XY a = corners[side], b = corners[(side + 1) % 4];
        for (int i = 0; i < steps; ++i) {
            const double t = static_cast<double>(i) / steps;
            out.push_back(projection.inverse(page.to_projected({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)})));
        }
    }
    out.push_back(out.front());
    return out;
}

}  // namespace

NorthArrow north_arrow_at(const Projection& projection, const PageTransform& page, XY base, double length_pt) {
    const XY lon_lat = projection.inverse(page.to_projected(base));
    const XY north = page.to_page(projection.forward({lon_lat.x, lon_lat.y + 0.05}));
    const double dx = north.x - base.x, dy = north.y - base.y, norm = std::hypot(dx, dy);
    return {base, {base.x + dx / norm * length_pt, base.y + dy / norm * length_pt}};
}

Box frame_lon_lat(const Projection& projection, const PageTransform& page, const Box& frame) {
    Box box{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (const XY& p : frame_outline(projection, page, frame)) {
        box = {std::min(box.min_x, p.x), std::min(box.min_y, p.y), std::max(box.max_x, p.x), std::max(box.max_y, p.y)};
    }
    return box;
}

double graticule_step(const Box& lon_lat) {
    const double span = std::max(lon_lat.width(), lon_lat.height());
    for (double step : {0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0})
        if (span / step <= 6) return step;
    return 45;
}

std::vector<Geometry> graticule(const geos::Context& context, const Projection& projection, const PageTransform& page,
                                const Box& frame, double step, std::vector<GraticuleTick>& ticks) {
    const Box area = frame_lon_lat(projection, page, frame);
    std::vector<Geometry> lines;
    auto add = [&](bool meridian, double value) {
        Path path;
        constexpr int samples = 200;
        const double from = meridian ? area.min_y : area.min_x, to = meridian ? area.max_y : area.max_x;
        for (int i = 0; i <= samples; ++i) {
            const double t = from + (to - from) * i / samples;
            path.push_back(page.to_page(projection.forward(meridian ? XY{value, t} : XY{t, value})));
        }
        // Where the line crosses the bottom edge (meridians) or the left edge (parallels).
        for (std::size_t i = 1; i < path.size(); ++i) {
            const XY a = path[i - 1], b = path[i];
            const double edge = meridian ? frame.max_y : frame.min_x;
            const double ea = meridian ? a.y - edge : a.x - edge, eb = meridian ? b.y - edge : b.x - edge;
            if ((ea < 0) == (eb < 0) || ea == eb) continue;
            const double t = ea / (ea - eb);
            const XY at{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
            if (Box{frame.min_x - 0.01, frame.min_y - 0.01, frame.max_x + 0.01, frame.max_y + 0.01}.contains(at)) {
                ticks.push_back({meridian ? degrees(value, 'E', 'W') : degrees(value, 'N', 'S'), at, meridian});
            }
            break;
        }
        Geometry clipped = geos::clip_to_box(context, Geometry{GeometryType::line, {{path}}}, frame);
        if (!clipped.empty()) lines.push_back(std::move(clipped));
    };
    for (double lon = std::ceil(area.min_x / step) * step; lon <= area.max_x; lon += step) add(true, lon);
    for (double lat = std::ceil(area.min_y / step) * step; lat <= area.max_y; lat += step) add(false, lat);
    return lines;
}

Box locator_region(const Box& map_lon_lat) {
    const double width = std::clamp(map_lon_lat.width() * 4, 50.0, 360.0), height = std::clamp(map_lon_lat.height() * 4, 35.0, 165.0);
    const double centre_x = std::clamp((map_lon_lat.min_x + map_lon_lat.max_x) / 2, -180 + width / 2, 180 - width / 2);
    const double centre_y = std::clamp((map_lon_lat.min_y + map_lon_lat.max_y) / 2, -80 + height / 2, 85 - height / 2);
    return {centre_x - width / 2, centre_y - height / 2, centre_x + width / 2, centre_y + height / 2};
}

XY inset_size(const Projection& projection, const Box& region, double width_pt) {
    const Box projected = projected_bounds(projection, region);
    return {width_pt, width_pt * projected.height() / projected.width()};
}

Inset make_inset(const geos::Context& context, const Projection& projection, const PageTransform& main_page, const Box& main_frame,
                 const std::vector<const GeoFeature*>& countries, const Box& region, const Box& box) {
    Inset inset;
    inset.box = box;
    const PageTransform page(projected_bounds(projection, region), box);
    for (const GeoFeature* f : countries) {
        if (!f->box.intersects(region)) continue;
        Geometry drawn = geos::clip_to_box(context, to_page(f->geometry, projection, page), box);
        if (!drawn.empty()) inset.countries.push_back(std::move(drawn));
    }
    Path outline;
    for (const XY& p : frame_outline(projection, main_page, main_frame)) outline.push_back(page.to_page(projection.forward(p)));
    inset.extent = Geometry{GeometryType::line, {{outline}}};
    return inset;
}

}  // namespace bordermap
