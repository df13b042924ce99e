// The labels: of the subjects (never dropped), of the countries around them, of the places.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "bordermap/map/notes.hpp"
#include "bordermap/render/label_anchor.hpp"
#include "bordermap/render/letter_case.hpp"
#include "render/compose_steps.hpp"

namespace bordermap::composition {
namespace {

// Labels keep off the proportional circles (obstacles for every label) and the subjects' own
// labels off the lines the map is about, so those stay readable. Returns where the lines'
// obstacles begin: towns on a river may still be named beside it once the subjects are labelled.
std::size_t add_obstacles(const MapComposition& map) {
    const MapModel& model = map.model;
    for (const auto& d : model.subjects) {
        if (d.radius_pt <= 0 || d.drawn.page.empty()) continue;
        const XY c = d.drawn.page.parts.front().front().front();
        map.placer.taken.push_back({c.x - d.radius_pt, c.y - d.radius_pt, c.x + d.radius_pt, c.y + d.radius_pt});
    }
    const std::size_t line_obstacles_begin = map.placer.taken.size();
    const double pad = model.style.subject_river_pt / 2 + 0.5;
    for (const auto& s : model.subjects) {
        if (s.drawn.page.type != GeometryType::line) continue;
        for (const auto& part : s.drawn.page.parts)
            for (std::size_t i = 1; i < part.front().size(); ++i) {
                const XY a = part.front()[i - 1], b = part.front()[i];
                map.placer.taken.push_back({std::min(a.x, b.x) - pad, std::min(a.y, b.y) - pad, std::max(a.x, b.x) + pad, std::max(a.y, b.y) + pad});
            }
    }
    return line_obstacles_begin;
}

// A figure for a group is labelled once, on its largest member as drawn: the subject that carries it.
std::map<const ResolvedFigure*, std::size_t> group_label_on(const MapComposition& map) {
    std::map<const ResolvedFigure*, std::size_t> on;
    auto size = [&](std::size_t k) {
        const Box b = bounds(map.model.subjects[k].drawn.page);
        return b.width() + b.height();
    };
    for (std::size_t i = 0; i < map.joined.subjects.size(); ++i) {
        const Subject& subject = map.joined.subjects[i];
        if (!subject.figure || !subject.figure->region.is_group) continue;
        auto [it, inserted] = on.emplace(subject.figure, i);
        if (!inserted && size(i) > size(it->second)) it->second = i;
    }
    return on;
}

// The name in Chinese or Korean script under a subject's label, of the map's period too (安东 in 1961).
std::string second_line(const MapComposition& map, const Subject& subject) {
    const bool chinese = map.model.style.second_line == SecondLine::zh;
    const Geodata& geodata = map.project.geodata;
    const std::string id = subject.figure && subject.figure->region.is_group ? subject.figure->region.id : subject.feature->id;
    const FeatureGroup* group = geodata.find_group(id);
    const std::string modern = group ? (chinese ? group->name_zh : group->name_ko) : (chinese ? subject.feature->name_zh : subject.feature->name_ko);
    Naming script = map.joined.spec->naming;
    script.systems = chinese ? std::vector<std::string>{"zh-hans", "zh-hant"} : std::vector<std::string>{"ko-hangul"};
    return label_name(geodata, id, modern, map.joined.spec->period, script).name;
}

// Where a subject's label may go from its anchor: on a region, at its anchor or moved within it
// when another label or the legend is there; around a line's or point's symbol, nearer first,
// and on it as the last resort.
std::vector<XY> subject_label_offsets(const DrawnSubject& subject, XY anchor, XY label_size) {
    std::vector<XY> offsets;
    if (subject.drawn.page.type == GeometryType::polygon) {
        offsets.push_back({0, 0});
        // The placer sets a label after a positive offset and before a negative one: its centre
        // is half its size further out, and must stay on the region.
        const auto centre = [&](double offset, double size) { return offset == 0 ? 0 : offset + (offset < 0 ? -size / 2 : size / 2); };
        for (double r : {4.0, 9.0, 15.0, 22.0})
            for (XY d : {XY{0, -1}, XY{0, 1}, XY{-1, 0}, XY{1, 0}, XY{-1, -1}, XY{1, -1}, XY{-1, 1}, XY{1, 1}}) {
                const XY offset{d.x * r, d.y * r};
                if (contains(subject.drawn.page, {anchor.x + centre(offset.x, label_size.x), anchor.y + centre(offset.y, label_size.y)})) offsets.push_back(offset);
            }
        offsets.push_back({0, 0});
        return offsets;
    }
    const double clear = subject.radius_pt + 2;
    for (double r : {std::max(7.0, clear), std::max(14.0, clear + 7), std::max(24.0, clear + 17), std::max(36.0, clear + 29)})
        for (XY d : {XY{1, 0}, XY{-1, 0}, XY{0, -1}, XY{0, 1}, XY{0.7, -0.7}, XY{-0.7, -0.7}, XY{0.7, 0.7}, XY{-0.7, 0.7}})
            offsets.push_back({d.x * r, d.y * r});
    offsets.push_back({0, 0});
    return offsets;
}

// A point's or line's label set farther from its anchor than the symbol's edge and a little more
// gets a leader line from the symbol's edge.
void add_leader(Label& label, const DrawnSubject& subject, XY anchor, XY size) {
    if (subject.drawn.page.type == GeometryType::polygon) return;
    const XY centre{label.top_left.x + size.x / 2, label.top_left.y + size.y / 2};
    // The label box's point nearest the anchor.
    const XY near{std::clamp(anchor.x, label.top_left.x, label.top_left.x + size.x), std::clamp(anchor.y, label.top_left.y, label.top_left.y + size.y)};
    const double gap = std::hypot(near.x - anchor.x, near.y - anchor.y), edge = subject.radius_pt;
    if (gap <= edge + 9 || centre == anchor) return;
    const double k = edge / gap;
    label.leader_from = XY{anchor.x + (near.x - anchor.x) * k, anchor.y + (near.y - anchor.y) * k};
}

void label_subjects(const MapComposition& map, const PeriodNames& period_names, NamesShown& shown) {
    const Style& style = map.model.style;
    const auto group_labels = group_label_on(map);
    TextStyle label_style{style.label_pt, false, false, style.text, style.halo_pt, 0, true};
    label_style.font = style.font;
    for (std::size_t i = 0; i < map.joined.subjects.size(); ++i) {
        const Subject& subject = map.joined.subjects[i];
        std::pair<std::string, NameChoice> named{subject.feature->name_en, subject.name};
        if (subject.figure && subject.figure->region.is_group) {
            if (group_labels.at(subject.figure) != i) continue;
            if (const FeatureGroup* group = map.project.geodata.find_group(subject.figure->region.id))
                named = {group->name_en, period_names.of(group->id, group->name_en)};
        }
        const auto anchor = label_anchor(map.geos, map.model.subjects[i].drawn.page, map.model.frame);
        if (!anchor) continue;
        std::string text = named.second.name;
        if (style.second_line != SecondLine::none)
            if (const std::string local = second_line(map, subject); !local.empty()) text += "\n" + local;
        if (style.label_values) text += "\n" + value_text(subject, map.joined.decimals);
        const DrawnSubject& drawn = map.model.subjects[i];
        if (auto label = map.placer.place(text, label_style, subject_label_offsets(drawn, *anchor, measure_text(map.measure, text, label_style)), *anchor, true)) {
            add_leader(*label, drawn, *anchor, measure_text(map.measure, text, label_style));
            map.model.labels.push_back(*label);
            shown.push_back(named);
        }
    }
}

// The countries around the subjects, in capitals.
void label_countries(const MapComposition& map, const PeriodNames& period_names, NamesShown& shown) {
    const Style& style = map.model.style;
    std::set<std::string> subject_countries;
    for (const auto& s : map.joined.subjects) subject_countries.insert(s.feature->country.empty() ? s.feature->id : s.feature->country);
    TextStyle country_style{style.place_pt + 0.5, false, false, style.muted_text, style.halo_pt * 0.8};
    country_style.font = style.font;
    for (const auto& country : map.model.countries) {
        if (subject_countries.count(country.feature->id)) continue;
        const auto anchor = label_anchor(map.geos, country.page, map.model.frame);
        if (!anchor) continue;
        const std::pair named{country.feature->name_en, period_names.of(country.feature->id, country.feature->name_en)};
        if (auto label = map.placer.place(upper_case(named.second.name), country_style, {{0, 0}}, *anchor, false)) {
            map.model.labels.push_back(*label);
            shown.push_back(named);
        }
    }
}

// The towns within the frame that are not subjects, each beside its dot.
void label_places(const MapComposition& map, const PeriodNames& period_names, NamesShown& shown) {
    MapModel& model = map.model;
    const Style& style = model.style;
    std::set<std::string> subject_ids;
    for (const auto& s : map.joined.subjects) subject_ids.insert(s.feature->id);
    TextStyle place_style{style.place_pt, false, false, style.text, style.halo_pt * 0.8};
    place_style.font = style.font;
    for (const GeoFeature* feature : map.in_effect) {
        if (feature->kind != FeatureKind::place || subject_ids.count(feature->id)) continue;
        const XY p = map.page.to_page(map.projection.forward(feature->geometry.parts.front().front().front()));
        if (p.x < model.frame.min_x || p.x > model.frame.max_x || p.y < model.frame.min_y || p.y > model.frame.max_y) continue;
        const std::pair named{feature->name_en, period_names.of(feature->id, feature->name_en)};
        if (auto label = map.placer.place(named.second.name, place_style, {{3, 0}, {-3, 0}, {0, -3}, {0, 3}}, p, false)) {
            model.labels.push_back(*label);
            shown.push_back(named);
            model.place_dots.push_back(p);
        }
    }
}

}  // namespace

NamesShown add_labels(const MapComposition& map, const PeriodNames& period_names) {
    NamesShown shown;
    const std::size_t line_obstacles_begin = add_obstacles(map);
    label_subjects(map, period_names, shown);
    // The lines' obstacles are lifted; the subjects' labels stay taken.
    const std::size_t subject_labels = map.model.labels.size();
    map.placer.taken.erase(map.placer.taken.begin() + static_cast<long>(line_obstacles_begin),
                           map.placer.taken.end() - static_cast<long>(subject_labels));
    if (map.model.style.place_names) {
        label_countries(map, period_names, shown);
        label_places(map, period_names, shown);
    }
    return shown;
}

}  // namespace bordermap::composition
