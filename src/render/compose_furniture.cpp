// The scale bar and the furniture a style may ask for: north arrow, inset locator map, graticule.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

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
        if (map.placer.free(box)) ranked.emplace_back(hidden_by(map, box), box);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first - 1e-6; });
    std::vector<Box> out;
    for (const auto& [_, box] : ranked) out.push_back(box);
    return out;
}

void add_inset(const MapComposition& map) {
    MapModel& model = map.model;
    const Box shown = frame_lon_lat(map.projection, map.page, model.frame);
    if (shown.width() >= 150) return;  // much of the world: nothing to locate it in
    const Box region = locator_region(shown);
    const XY size = inset_size(map.projection, region, std::clamp(model.frame.width() * 0.26, 22 * mm, 60 * mm));
    std::vector<const GeoFeature*> countries;
    for (const GeoFeature* f : map.in_effect)
        if (f->kind == FeatureKind::country) countries.push_back(f);
    // No free corner: no inset rather than one over the subjects or the legend.
    if (const auto corners = free_corners(map, size); !corners.empty()) {
        model.inset = make_inset(map.geos, map.projection, map.page, model.frame, countries, region, corners.front());
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
        // A proportional circle counts by the part of it hidden, fourfold: cut, it no longer reads as its value.
        const bool circle = s.radius_pt > 0 && !s.drawn.page.empty();
        const Geometry shape = circle ? circle_polygon(s.drawn.page.parts.front().front().front(), s.radius_pt) : s.drawn.page;
        const Geometry inside = geos::clip_to_box(context, shape, box);
        if (inside.empty()) continue;
        auto g = geos::to_geos(context, inside);
        double measure = 0;
        switch (inside.type) {
            case GeometryType::polygon: GEOSArea_r(context.handle(), g.get(), &measure); break;
            case GeometryType::line: GEOSLength_r(context.handle(), g.get(), &measure); measure *= 6; break;
            case GeometryType::point: measure = 100.0 * static_cast<double>(inside.parts.size()); break;
        }
        covered += circle ? 4 * measure : measure;
    }
    return covered;
}

double hidden_by(const MapComposition& map, const Box& box) {
    double hidden = covered_subject(map.geos, map.model.subjects, box);
    for (const KeyPlace& place : map.key_places)
        if (box.contains(place.at)) hidden += 1e9;
    return hidden;
}

namespace {

// How many circles and key places a scale bar in `box` would sit on.
int scale_bar_covers(const MapComposition& map, const Box& box) {
    int covers = 0;
    for (const auto& s : map.model.subjects) {
        if (s.radius_pt <= 0 || s.drawn.page.empty()) continue;
        const XY c = s.drawn.page.parts.front().front().front();
        covers += box.intersects({c.x - s.radius_pt, c.y - s.radius_pt, c.x + s.radius_pt, c.y + s.radius_pt});
    }
    for (const KeyPlace& place : map.key_places) covers += box.contains(place.at);
    return covers;
}

}  // namespace

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
    // A bottom corner away from the legend, unless the bar would sit on a circle or a key place
    // there: then the corner, bottom ones first, where it sits on the fewest and is clear of the legend.
    const bool legend_left = legend == LegendPosition::bottom_left;
    const double width = model.scale_bar_pt + 12 * mm;
    std::optional<Box> best;
    int least = std::numeric_limits<int>::max();
    for (const auto& [right, bottom] : {std::pair{legend_left, true}, std::pair{!legend_left, true}, std::pair{false, false}, std::pair{true, false}}) {
        const double x = right ? model.frame.max_x - frame_inset_pt - width : model.frame.min_x + frame_inset_pt;
        const double y = bottom ? model.frame.max_y - frame_inset_pt : model.frame.min_y + frame_inset_pt + 7 * mm;
        const Box box{x - 2, y - 7 * mm, x + width, y + 1};
        if (best && !map.placer.free(box)) continue;
        if (const int covers = scale_bar_covers(map, box) + (map.placer.free(box) ? 0 : 1000); covers < least) {
            least = covers;
            best = box;
            model.scale_bar_at = {x, y};
        }
        if (least == 0) break;
    }
    map.placer.taken.push_back(*best);
}

void add_furniture(const MapComposition& map) {
    const Style& style = map.model.style;
    if (style.inset) add_inset(map);
    if (style.north_arrow) add_north_arrow(map);
    if (style.graticule) add_graticule(map);
}

}  // namespace bordermap::composition
