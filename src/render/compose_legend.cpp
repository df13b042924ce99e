// The legend: its entries, and the corner of the frame it takes.
#include <algorithm>
#include <cmath>
#include <set>

#include "bordermap/core/text.hpp"
#include "bordermap/map/notes.hpp"
#include "bordermap/render/legend.hpp"
#include "render/compose_steps.hpp"

namespace bordermap::composition {
namespace {

using units::mm;

// An unclassed map: a ramp from the lowest value to the highest, with round numbers between.
void add_ramp(cairo_t* cr, MapModel& model, const JoinedMap& joined, const MapClasses& classes) {
    const Classification& c = classes.classification;
    const double low = c.lower.front(), high = c.upper.back();
    model.legend_ramp.colours = classes.ramp;
    model.legend_ramp.ticks.push_back({0, c.labels.front()});
    // Round numbers between, kept a label's height and a little more clear of the end labels.
    const double clearance = 1.2 * measure_text(cr, "0", legend_text_style(model.style)).y / (legend_ramp_mm * mm);
    for (double tick : round_ticks(low, high, 4, joined.decimals)) {
        const double at = (tick - low) / (high - low);
        if (at > clearance && at < 1 - clearance) model.legend_ramp.ticks.push_back({at, format_number(tick, joined.decimals)});
    }
    model.legend_ramp.ticks.push_back({1, c.labels.back()});
    model.legend.push_back({LegendEntry::Kind::ramp, {}, ""});
}

// No data, the qualifiers of the figures shown, and the mark of a figure of another period.
void add_marks(MapModel& model, const JoinedMap& joined) {
    const bool any_missing = std::any_of(joined.subjects.begin(), joined.subjects.end(), [](const Subject& s) { return !s.has_value(); });
    if (any_missing) model.legend.push_back({LegendEntry::Kind::no_data, model.style.no_data_fill, missing_legend_label(joined)});
    std::set<Qualifier> qualifiers;
    for (const auto& s : joined.subjects)
        if (s.has_value()) qualifiers.insert(s.figure->figure->qualifier);
    for (const Qualifier q : qualifiers)  // in the enum's order: about, at least, at most, more than, less than
        if (*qualifier_mark(q)) model.legend.push_back({LegendEntry::Kind::text_only, {}, std::string(qualifier_mark(q)) + "  " + qualifier_words(q)});
    if (!period_notes(joined).empty()) model.legend.push_back({LegendEntry::Kind::text_only, {}, "*  other period, see note"});
    if (!derivation_notes(joined).empty()) model.legend.push_back({LegendEntry::Kind::text_only, {}, std::string(derived_mark) + "  derived, see note"});
}

// Circle sizes: the page's largest point value and round values of about a half and a tenth of
// it, drawn at the scale the maps classed together share (a series' legends all agree). None much
// smaller than the smallest circle drawn: the legend describes the circles on the map.
void add_circle_sizes(MapModel& model, const JoinedMap& joined, const CircleScale& circles) {
    const double largest = largest_point_value(joined);
    if (largest <= 0) return;
    double smallest = largest;
    for (const auto& s : joined.subjects)
        if (s.has_value() && s.feature->geometry.type == GeometryType::point && s.value() != 0) smallest = std::min(smallest, std::fabs(s.value()));
    std::vector<double> shown{largest};
    for (double fraction : {0.5, 0.1}) {
        const double target = largest * fraction, magnitude = std::pow(10.0, std::floor(std::log10(target)));
        double nice = magnitude;
        for (double f : {2.0, 5.0})
            if (f * magnitude <= target) nice = f * magnitude;
        if (nice < shown.back() * 0.8 && nice >= smallest / 2) shown.push_back(nice);
    }
    for (double v : shown) model.legend.push_back({LegendEntry::Kind::circle, {}, format_number(v, joined.decimals), circles.radius_pt(v)});
}

// What an entry's colour fills on the map: a box for regions, a stroke for rivers, a dot when
// only circles have it. An entry no subject has is drawn as the map's subjects are.
template <typename InEntry>
GeometryType entry_symbol(const JoinedMap& joined, InEntry in_entry) {
    std::set<GeometryType> types, all;
    for (const Subject& s : joined.subjects) {
        all.insert(s.feature->geometry.type);
        if (in_entry(s)) types.insert(s.feature->geometry.type);
    }
    const std::set<GeometryType>& from = types.empty() ? all : types;
    for (GeometryType type : {GeometryType::polygon, GeometryType::line})
        if (from.count(type)) return type;
    return from.empty() ? GeometryType::polygon : GeometryType::point;
}

void set_entry_symbols(MapModel& model, const JoinedMap& joined, const Classification& classification) {
    std::size_t swatch = 0;
    for (LegendEntry& entry : model.legend) {
        if (entry.kind == LegendEntry::Kind::swatch) {
            const int cls = static_cast<int>(swatch++);
            entry.symbol = entry_symbol(joined, [&](const Subject& s) { return s.has_value() && classification.class_of(s.value()) == cls; });
        } else if (entry.kind == LegendEntry::Kind::no_data) {
            entry.symbol = entry_symbol(joined, [](const Subject& s) { return !s.has_value(); });
        }
    }
}

bool at_right(LegendPosition p) { return p == LegendPosition::top_right || p == LegendPosition::bottom_right; }
bool at_bottom(LegendPosition p) { return p == LegendPosition::bottom_left || p == LegendPosition::bottom_right; }

Box corner_box(const Box& frame, XY size, LegendPosition corner) {
    const double x = at_right(corner) ? frame.max_x - frame_inset_pt - size.x : frame.min_x + frame_inset_pt;
    const double y = at_bottom(corner) ? frame.max_y - frame_inset_pt - size.y : frame.min_y + frame_inset_pt;
    return Box{x, y, x + size.x, y + size.y};
}

}  // namespace

void build_legend(cairo_t* cr, MapModel& model, const JoinedMap& joined, const MapClasses& classes, const CircleScale& circles) {
    // At most half the frame's width (a column-wide page): its title and subtitle wrap.
    model.legend_max_width_pt = std::max(model.frame.width() / 2, 40 * mm);
    model.legend_title = joined.indicator->label;
    model.legend_subtitle = (joined.unit.empty() ? "" : joined.unit + ", ") + joined.spec->period.human();
    // A series member classed with the others: say so, since that is what makes them comparable.
    if (joined.spec->multiple.empty() && !joined.spec->class_group.empty()) model.legend_subtitle += ", classes shared by the series";
    if (classes.classification.continuous) {
        add_ramp(cr, model, joined, classes);
    } else {
        for (std::size_t i = 0; i < classes.classification.size(); ++i)
            model.legend.push_back({LegendEntry::Kind::swatch, classes.colours[i], classes.classification.labels[i]});
    }
    add_marks(model, joined);
    set_entry_symbols(model, joined, classes.classification);
    add_circle_sizes(model, joined, circles);
}

LegendPosition place_legend(const MapComposition& map) {
    MapModel& model = map.model;
    const XY size = layout_legend(map.measure, model).size;
    LegendPosition position = map.joined.spec->legend_position;
    if (position == LegendPosition::automatic) {
        // The corner where the legend hides the least of what the map is about.
        double least = INFINITY;
        for (LegendPosition candidate : {LegendPosition::bottom_right, LegendPosition::bottom_left, LegendPosition::top_right, LegendPosition::top_left}) {
            const double hidden = hidden_by(map, corner_box(model.frame, size, candidate));
            if (hidden < least - 1e-6) {
                least = hidden;
                position = candidate;
            }
        }
    }
    if (!model.legend.empty()) {
        model.legend_box = corner_box(model.frame, size, position);
        map.placer.taken.push_back(model.legend_box);
    }
    return position;
}

}  // namespace bordermap::composition
