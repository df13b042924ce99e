// The scale bar and the furniture a style may ask for: north arrow, inset locator map, graticule.
#include <algorithm>
#include <cmath>

#include "bordermap/core/text.hpp"
#include "render/compose_steps.hpp"

namespace bordermap::composition {
namespace {

using units::mm;

// The corner boxes of `size` inside the frame, those hiding the least of the subjects first;
// boxes that collide with what is placed already are left out.
std::vector<Box> free_corners(const MapComposition& map, XY size) {
    const Box& f = map.model.frame;
    std::vector<std::pair<double, Box>> ranked;
    for (int corner = 0; corner < 4; ++corner) {
        const bool right = corner % 2 == 1, bottom = corner >= 2;
        const double x = right ? f.max_x - frame_inset_pt - size.x : f.min_x + frame_inset_pt;
        const double y = bottom ? f.max_y - frame_inset_pt - size.y : f.min_y + frame_inset_pt;
        const Box box{x, y, x + size.x, y + size.y};
        if (map.placer.free(box)) ranked.emplace_back(covered_subject(map.geos, map.model.subjects, box), box);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first - 1e-6; });
    std::vector<Box> out;
    for (const auto& [_, box] : ranked) out.push_back(box);
    return out;
}

void add_inset(const MapComposition& map) {
    MapModel& model = map.model;
    const XY size = inset_size(map.projection, std::clamp(model.frame.width() * 0.26, 22 * mm, 60 * mm));
    std::vector<const GeoFeature*> countries;
    for (const GeoFeature* f : map.in_effect)
        if (f->kind == FeatureKind::country) countries.push_back(f);
    // No free corner: no inset rather than one over the subjects or the legend.
    if (const auto corners = free_corners(map, size); !corners.empty()) {
        model.inset = make_inset(map.geos, map.projection, map.page, model.frame, countries, corners.front());
        map.placer.taken.push_back(corners.front());
    }
}

void add_north_arrow(const MapComposition& map) {
    const XY size{5 * mm, 11 * mm};
    if (const auto corners = free_corners(map, size); !corners.empty()) {
        const Box& box = corners.front();
        map.model.north_arrow = north_arrow_at(map.projection, map.page, {(box.min_x + box.max_x) / 2, box.max_y - 0.5 * mm}, 7 * mm);
        map.placer.taken.push_back(box);
    }
}

void add_graticule(const MapComposition& map) {
    MapModel& model = map.model;
    const Style& style = model.style;
    const double step =
        style.graticule_step_deg > 0 ? style.graticule_step_deg : graticule_step(frame_lon_lat(map.projection, map.page, model.frame));
    std::vector<GraticuleTick> ticks;
    model.graticule = graticule(map.geos, map.projection, map.page, model.frame, step, ticks);
    TextStyle tick_style{style.place_pt * 0.9, false, false, style.muted_text, style.halo_pt * 0.7};
    tick_style.font = style.font;
    for (const auto& tick : ticks) {
        // Inside the frame, against the edge the line meets.
        const XY offset = tick.meridian ? XY{0, -1.5} : XY{1.5, 0};
        if (auto label = map.placer.place(tick.text, tick_style, {offset}, tick.at, false)) model.graticule_labels.push_back(*label);
    }
}

}  // namespace

double covered_subject(const geos::Context& context, const std::vector<DrawnSubject>& subjects, const Box& box) {
    double covered = 0;
    for (const auto& s : subjects) {
        const Geometry inside = geos::clip_to_box(context, s.drawn.page, box);
        if (inside.empty()) continue;
        auto g = geos::to_geos(context, inside);
        double measure = 0;
        switch (inside.type) {
            case GeometryType::polygon: GEOSArea_r(context.handle(), g.get(), &measure); break;
            case GeometryType::line: GEOSLength_r(context.handle(), g.get(), &measure); measure *= 6; break;
            case GeometryType::point: measure = 100.0 * static_cast<double>(inside.parts.size()); break;
        }
        covered += measure;
    }
    return covered;
}

void add_scale_bar(const MapComposition& map, LegendPosition legend) {
    MapModel& model = map.model;
    const XY centre{(model.frame.min_x + model.frame.max_x) / 2, (model.frame.min_y + model.frame.max_y) / 2};
    const double probe_pt = model.frame.width() / 10;
    const XY a = map.projection.inverse(map.page.to_projected({centre.x - probe_pt / 2, centre.y}));
    const XY b = map.projection.inverse(map.page.to_projected({centre.x + probe_pt / 2, centre.y}));
    const double km_per_pt = great_circle_km(a, b) / probe_pt;
    const double target_km = km_per_pt * model.frame.width() * 0.18;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target_km)));
    double nice = magnitude;
    for (double f : {2.0, 5.0, 10.0})
        if (f * magnitude <= target_km) nice = f * magnitude;
    model.scale_bar_pt = nice / km_per_pt;
    model.scale_bar_label = format_number(nice, 0) + " km";
    // The bottom corner away from the legend: the right one when the legend is at the bottom left.
    const bool bar_right = legend == LegendPosition::bottom_left;
    const double x = bar_right ? model.frame.max_x - frame_inset_pt - model.scale_bar_pt - 12 * mm : model.frame.min_x + frame_inset_pt;
    const double y = model.frame.max_y - frame_inset_pt;
    model.scale_bar_at = {x, y};
    map.placer.taken.push_back({x - 2, y - 7 * mm, x + model.scale_bar_pt + 12 * mm, y + 1});
}

void add_furniture(const MapComposition& map) {
    const Style& style = map.model.style;
    if (style.inset) add_inset(map);
    if (style.north_arrow) add_north_arrow(map);
    if (style.graticule) add_graticule(map);
}

}  // namespace bordermap::composition
