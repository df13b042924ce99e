#include "bordermap/map/map_warnings.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "bordermap/colour/lab.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/geos.hpp"
#include "bordermap/map/print_check.hpp"

namespace bordermap {
namespace {

// Classes lost against the sea or the land: one warning per map, the closest first.
void class_background(const MapSpec& map, const MapClasses& classes, std::vector<MapWarning>& out) {
    std::vector<BackgroundClash> clashes = background_clashes(classes.colours, map.style);
    if (clashes.empty()) return;
    std::stable_sort(clashes.begin(), clashes.end(), [](const auto& a, const auto& b) { return a.delta_e < b.delta_e; });
    std::string message = "map '" + map.id + "': ";
    for (std::size_t i = 0; i < clashes.size(); ++i) {
        const BackgroundClash& c = clashes[i];
        message += (i == 0 ? "" : "; ") + std::string("the class '") + classes.classification.labels[c.class_index] + "' is hard to tell from " +
 c.background + " (CIEDE2000 " + one_decimal(c.delta_e) + ")";
    }
    out.push_back({"class_background", map.where, message + "; at least " + format_number(print_check_threshold, 0) + " is needed",
                   "Choose a palette whose lightest colour stands out from the style's fills (YlOrRd against a blue sea), fewer "
                   "classes, or a style whose sea and land differ from the classes ([colours] sea = \"#...\")."});
}

// Values within 5 % of each other in the lowest and the highest class: the map claims the
// palette's whole contrast for a difference the numbers do not have.
void exaggerated_contrast(const MapSpec& map, const JoinedMap& joined, const MapClasses& classes, std::vector<MapWarning>& out) {
    const Classification& c = classes.classification;
    if (c.continuous || c.size() < 2 || !classes.proportional_shares.empty()) return;
    const int top = static_cast<int>(c.size()) - 1;
    const Subject *highest_low = nullptr, *lowest_high = nullptr;
    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& s = joined.subjects[i];
        if (!s.has_value()) continue;
        if (classes.subject_class[i] == 0 && (!highest_low || s.value() > highest_low->value())) highest_low = &s;
        if (classes.subject_class[i] == top && (!lowest_high || s.value() < lowest_high->value())) lowest_high = &s;
    }
    if (!highest_low || !lowest_high) return;
    const double a = highest_low->value(), b = lowest_high->value(), scale = std::max(std::fabs(a), std::fabs(b));
    if (scale == 0 || (b - a) / scale > 0.05) return;
    out.push_back({"exaggerated_contrast", map.where,
                   "map '" + map.id + "': " + format_number(a, joined.decimals) + " (" + highest_low->feature->name_en + ") and " +
                       format_number(b, joined.decimals) + " (" + lowest_high->feature->name_en + ") differ by " + one_decimal(100 * (b - a) / scale) +
                       " % but are drawn in the lightest and the darkest class",
                   "Use breaks that keep close values in one class, or a method with as many classes as there are values (classes = 5, "
                   "method = \"quantile\"): its colours are then in proportion to the values."});
}

// Regions of one map that lie within each other (a country and its capital): the inner one is
// drawn over the outer, and a reader may take the outer's colour for the whole.
void nested_regions(const MapSpec& map, const JoinedMap& joined, std::vector<MapWarning>& out) {
    const geos::Context context;
    const auto& subjects = joined.subjects;
    std::vector<std::string> pairs;
    for (std::size_t i = 0; i < subjects.size(); ++i)
        for (std::size_t j = i + 1; j < subjects.size(); ++j) {
            const GeoFeature &a = *subjects[i].feature, &b = *subjects[j].feature;
            if (a.geometry.type != GeometryType::polygon || b.geometry.type != GeometryType::polygon || !a.box.intersects(b.box)) continue;
            // The smaller one's inner point inside the larger first: neighbours only share a border.
            const bool a_larger = a.box.width() * a.box.height() >= b.box.width() * b.box.height();
            const GeoFeature &outer = a_larger ? a : b, &inner = a_larger ? b : a;
            // A group's figure and a member's are a total and its part, declared so: not a surprise.
            const Subject& outer_subject = a_larger ? subjects[i] : subjects[j];
            if (outer_subject.group && std::count(outer_subject.group->members.begin(), outer_subject.group->members.end(), inner.id)) continue;
            if (!contains(outer.geometry, geos::interior_point(context, inner.geometry))) continue;
            const double shared = geos::shared_area_fraction(context, outer.geometry, inner.geometry);
            if (shared < 0.5) continue;
            pairs.push_back(inner.name_en + " lies within " + outer.name_en + " (" + format_number(std::round(100 * shared)) + " % of its area)");
        }
    if (pairs.empty()) return;
    std::string message = "map '" + map.id + "': ";
    for (std::size_t k = 0; k < pairs.size(); ++k) message += (k == 0 ? "" : "; ") + pairs[k];
    out.push_back({"nested_regions", map.where, message + "; the inner region is drawn over the outer one",
                   "Show them on separate maps or panels, or give the inner one's figure to its seat (a point): both stay in the GeoJSON either way."});
}

// A town the map lists in `regions` with no figure is drawn as missing data, where a reader may
// have been meant to see only where it is.
void town_without_figure(const MapSpec& map, const JoinedMap& joined, std::vector<MapWarning>& out) {
    for (const Subject& subject : joined.subjects) {
        if (!subject.listed || subject.figure || subject.feature->kind != FeatureKind::place) continue;
        out.push_back({"town_without_figure", map.where,
                       "map '" + map.id + "': the town " + subject.feature->name_en + " is listed in `regions` without a figure of '" + map.indicator +
                           "' for " + map.period.human() + ", so it is drawn as \"no data\"",
                       "To show where it is, move it to `places = [\"" + subject.feature->name_en +
                           "\"]`: a dot and its name. Keep it in `regions` only if the map should say that no figure was reported."});
    }
}

}  // namespace

std::vector<BackgroundClash> background_clashes(const std::vector<Colour>& classes, const Style& style) {
    // Not the no-data fill: its hatching tells it from every class (the print check sees to that).
    const std::vector<std::pair<std::string, Colour>> fills{{"the sea", style.sea}, {"the land around the map's regions", style.land}};
    std::vector<BackgroundClash> out;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        std::optional<BackgroundClash> closest;
        for (const auto& [name, fill] : fills) {
            const double d = ciede2000(to_lab(classes[i]), to_lab(fill));
            if (d < print_check_threshold && (!closest || d < closest->delta_e)) closest = BackgroundClash{i, name, d};
        }
        if (closest) out.push_back(*closest);
    }
    return out;
}

// A region `footnotes` names whose figure on the map has no note (or that the map does not show).
void footnote_without_note(const MapSpec& map, const JoinedMap& joined, std::vector<MapWarning>& out) {
    for (const std::string& name : joined.footnotes_without_note) {
        out.push_back({"footnote_without_note", map.where, "map '" + map.id + "': footnotes names " + name + ", but the map shows no note of a figure for it",
                       "Write the note in the figure's 'note' column, or remove " + name + " from footnotes."});
    }
}

// A group's figure drawn under members that each show a figure of their own: none of its fill shows.
void group_hidden(const MapSpec& map, const JoinedMap& joined, std::vector<MapWarning>& out) {
    std::set<std::string> shown;
    for (const Subject& s : joined.subjects)
        if (s.figure && !s.group) shown.insert(s.feature->id);
    for (const Subject& s : joined.subjects) {
        if (!s.group || !s.figure || s.feature->geometry.type != GeometryType::polygon) continue;
        const auto& members = s.group->members;
        if (!std::all_of(members.begin(), members.end(), [&](const std::string& id) { return shown.count(id); })) continue;
        out.push_back({"group_hidden", map.where,
                       "map '" + map.id + "': every member of " + s.feature->name_en + " has a figure of its own on the map, drawn over the group's: only its outline shows",
                       "Show the group's figure on another map, or leave out one member's: both stay in the GeoJSON either way."});
    }
}

std::vector<MapWarning> map_warnings(const MapSpec& map, const JoinedMap& joined, const MapClasses& classes) {
    std::vector<MapWarning> out;
    class_background(map, classes, out);
    exaggerated_contrast(map, joined, classes, out);
    nested_regions(map, joined, out);
    town_without_figure(map, joined, out);
    footnote_without_note(map, joined, out);
    group_hidden(map, joined, out);
    return out;
}

}  // namespace bordermap
