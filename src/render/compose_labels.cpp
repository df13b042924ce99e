// The labels: of the subjects (never dropped), of the countries around them, of the places.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

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

// The name in Chinese or Korean script under a subject's label, of the map's period too (安东 in 1961).
std::string second_line(const MapComposition& map, const Subject& subject) {
    const bool chinese = map.model.style.second_line == SecondLine::zh;
    const Geodata& geodata = map.project.geodata;
    const std::string& id = subject.feature->id;  // a group's subject has the group's id
    const FeatureGroup* group = subject.group;
    const std::string modern = group ? (chinese ? group->name_zh : group->name_ko) : (chinese ? subject.feature->name_zh : subject.feature->name_ko);
    Naming script = map.joined.spec->naming;
    script.systems = chinese ? std::vector<std::string>{"zh-hans", "zh-hant"} : std::vector<std::string>{"ko-hangul"};
    return label_name(geodata, id, modern, map.joined.spec->period, script).name;
}

// Where a subject's label hangs: on a region large enough to hold it; beside a symbol (a point's
// circle, a line), kept `clear` of its centre; beside a region too small for its label that lies
// within another one of the map (a capital in its country), tied to it by a leader line.
struct LabelTarget {
    XY anchor;
    bool on_region = false;
    double clear = 0;  // beside: the symbol's reach from the anchor
    bool tied = false;  // beside a region: a leader from the anchor however near the label is
    bool within = false;  // the region lies within another: a label on it must fit on it whole
    Geometry visible;     // a region partly under smaller ones drawn over it: the part left in view
};

// A point inside each region subject and its box, found once per map (GEOS point-on-surface and a
// pass over every vertex are not cheap, and a world map has thousands of regions).
class InteriorPoints {
public:
    explicit InteriorPoints(const MapComposition& map) : map_(map), points_(map.model.subjects.size()) {
        for (const auto& subject : map.model.subjects) boxes_.push_back(bounds(subject.drawn.page));
    }
    XY of(std::size_t subject) const {
        auto& point = points_[subject];
        if (!point) point = geos::interior_point(map_.geos, map_.model.subjects[subject].drawn.page);
        return *point;
    }
    const Box& box(std::size_t subject) const { return boxes_[subject]; }

private:
    const MapComposition& map_;
    mutable std::vector<std::optional<XY>> points_;
    std::vector<Box> boxes_;
};

// The part of region `index` that smaller regions drawn over it (a member over its group, a
// capital over its country) leave in view; empty when none covers it.
Geometry visible_part(const MapComposition& map, std::size_t index, const InteriorPoints& inside) {
    const Geometry& page = map.model.subjects[index].drawn.page;
    const Box& box = inside.box(index);
    std::vector<const Geometry*> over;
    for (std::size_t j = 0; j < map.model.subjects.size(); ++j) {
        const Geometry& other = map.model.subjects[j].drawn.page;
        if (j == index || other.type != GeometryType::polygon || other.empty()) continue;
        const Box& b = inside.box(j);
        // Drawn over it: smaller, and inside it (neighbours only share a border).
        if (!b.intersects(box) || b.width() * b.height() >= box.width() * box.height()) continue;
        const XY point = inside.of(j);
        if (box.contains(point) && contains(page, point)) over.push_back(&other);
    }
    if (over.empty()) return {};
    try {
        return geos::difference(map.geos, page, over);
    } catch (const std::runtime_error&) {
        return {};  // lines GEOS cannot subtract: the label goes on the whole region, as before
    }
}

// Whether `point` of subject `self` lies on another region of the map.
bool on_another_region(const MapModel& model, std::size_t self, XY point) {
    for (std::size_t j = 0; j < model.subjects.size(); ++j) {
        const Geometry& other = model.subjects[j].drawn.page;
        if (j != self && other.type == GeometryType::polygon && bounds(other).contains(point) && contains(other, point)) return true;
    }
    return false;
}

std::optional<LabelTarget> label_target(const MapComposition& map, std::size_t index, const InteriorPoints& inside) {
    const DrawnSubject& subject = map.model.subjects[index];
    const Geometry& page = subject.drawn.page;
    Geometry visible = page.type == GeometryType::polygon && !page.empty() ? visible_part(map, index, inside) : Geometry{};
    if (const auto anchor = label_anchor(map.geos, visible.empty() ? page : visible, map.model.frame)) {
        const bool region = page.type == GeometryType::polygon;
        return LabelTarget{*anchor, region, subject.radius_pt, false, region && on_another_region(map.model, index, *anchor), std::move(visible)};
    }
    if (page.type != GeometryType::polygon || page.empty()) return std::nullopt;
    // Too small to hold its label: a region within another is labelled beside it (else a reader
    // sees only the outer one); a small region among its neighbours is left unlabelled, since a
    // label beside it would sit on a neighbour.
    const XY point = inside.of(index);
    if (!map.model.frame.contains(point) || !on_another_region(map.model, index, point)) return std::nullopt;
    const Box b = bounds(page);
    return LabelTarget{point, false, std::min(std::max(b.width(), b.height()) / 2, 20.0), true, true, {}};
}

// Where a subject's label may go from its anchor: on a region, at its anchor or moved within it
// when another label or the legend is there; around a symbol, nearer first, and on it as the
// last resort. A region within another that cannot hold its label whole is labelled beside it
// (`target` is then tied to it).
std::vector<XY> subject_label_offsets(const DrawnSubject& subject, LabelTarget& target, XY label_size) {
    std::vector<XY> offsets;
    const XY anchor = target.anchor;
    if (target.on_region) {
        const Geometry& region = target.visible.empty() ? subject.drawn.page : target.visible;
        // The placer sets a label after a positive offset and before a negative one.
        const auto start = [&](double offset, double size) { return offset == 0 ? -size / 2 : (offset < 0 ? offset - size : offset); };
        const auto fits = [&](XY offset) {
            const XY top_left{anchor.x + start(offset.x, label_size.x), anchor.y + start(offset.y, label_size.y)};
            const XY centre{top_left.x + label_size.x / 2, top_left.y + label_size.y / 2};
            if (!target.within) return contains(region, centre);
            // Whole, on a region within another: else it reads as the outer one's label.
            for (XY corner : {top_left, XY{top_left.x + label_size.x, top_left.y}, XY{top_left.x, top_left.y + label_size.y},
                              XY{top_left.x + label_size.x, top_left.y + label_size.y}})
                if (!contains(region, corner)) return false;
            return true;
        };
        if (!target.within || fits({0, 0})) offsets.push_back({0, 0});
        for (double r : {4.0, 9.0, 15.0, 22.0})
            for (XY d : {XY{0, -1}, XY{0, 1}, XY{-1, 0}, XY{1, 0}, XY{-1, -1}, XY{1, -1}, XY{-1, 1}, XY{1, 1}})
                if (fits({d.x * r, d.y * r})) offsets.push_back({d.x * r, d.y * r});
        if (!target.within) {
            offsets.push_back({0, 0});
            return offsets;
        }
        if (!offsets.empty()) return offsets;
        const Box b = bounds(region);
        target = LabelTarget{anchor, false, std::min(std::max(b.width(), b.height()) / 2, 20.0), true, true, {}};
    }
    const double clear = target.clear + 2;
    for (double r : {std::max(7.0, clear), std::max(14.0, clear + 7), std::max(24.0, clear + 17), std::max(36.0, clear + 29)})
        for (XY d : {XY{1, 0}, XY{-1, 0}, XY{0, -1}, XY{0, 1}, XY{0.7, -0.7}, XY{-0.7, -0.7}, XY{0.7, 0.7}, XY{-0.7, 0.7}})
            offsets.push_back({d.x * r, d.y * r});
    offsets.push_back({0, 0});
    return offsets;
}

// A label beside its symbol set farther from it than the symbol's edge and a little more gets a
// leader line from the symbol's edge; one beside its region, from the point it stands for.
void add_leader(Label& label, const LabelTarget& target, XY size) {
    if (target.on_region) return;
    const XY anchor = target.anchor;
    const XY centre{label.top_left.x + size.x / 2, label.top_left.y + size.y / 2};
    // The label box's point nearest the anchor.
    const XY near{std::clamp(anchor.x, label.top_left.x, label.top_left.x + size.x), std::clamp(anchor.y, label.top_left.y, label.top_left.y + size.y)};
    const double gap = std::hypot(near.x - anchor.x, near.y - anchor.y), edge = target.tied ? 0 : target.clear;
    if (gap <= (target.tied ? 2 : edge + 9) || centre == anchor) return;
    const double k = edge / gap;
    label.leader_from = XY{anchor.x + (near.x - anchor.x) * k, anchor.y + (near.y - anchor.y) * k};
}

void label_subjects(const MapComposition& map, NamesShown& shown) {
    const Style& style = map.model.style;
    TextStyle label_style{style.label_pt, false, false, style.text, style.halo_pt, 0, true};
    label_style.font = style.font;
    struct Pending {
        std::size_t subject;
        LabelTarget target;
        std::pair<std::string, NameChoice> named;
        std::string text;
    };
    std::vector<Pending> pending;
    const InteriorPoints inside(map);
    for (std::size_t i = 0; i < map.joined.subjects.size(); ++i) {
        const Subject& subject = map.joined.subjects[i];
        std::pair<std::string, NameChoice> named{subject.feature->name_en, subject.name};
        const auto target = label_target(map, i, inside);
        if (!target) continue;
        std::string text = named.second.name;
        if (style.second_line != SecondLine::none)
            if (const std::string local = second_line(map, subject); !local.empty()) text += "\n" + local;
        if (style.label_values) text += "\n" + value_text(subject, map.joined.decimals);
        pending.push_back({i, *target, std::move(named), std::move(text)});
    }
    // Labels that sit on their regions and beside points and lines first (they must be shown, and
    // are moved until they fit); then those of regions too small to hold them, beside them, where
    // there is room left.
    std::stable_partition(pending.begin(), pending.end(), [&](const Pending& p) {
        return p.target.on_region || map.model.subjects[p.subject].drawn.page.type != GeometryType::polygon;
    });
    for (const Pending& p : pending) {
        const XY size = measure_text(map.measure, p.text, label_style);
        const bool beside_region = !p.target.on_region && map.model.subjects[p.subject].drawn.page.type == GeometryType::polygon;
        LabelTarget target = p.target;
        const auto offsets = subject_label_offsets(map.model.subjects[p.subject], target, size);
        if (auto label = map.placer.place(p.text, label_style, offsets, target.anchor, !beside_region)) {
            add_leader(*label, target, size);
            map.model.labels.push_back(*label);
            shown.push_back(p.named);
        } else {
            map.model.dropped_labels.push_back({p.named.second.name, "its region is too small to hold it, and there is no room beside it"});
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
        const std::string text = upper_case(named.second.name);
        if (auto label = map.placer.place(text, country_style, {{0, 0}}, *anchor, false)) {
            map.model.labels.push_back(*label);
            shown.push_back(named);
        } else {
            map.model.dropped_labels.push_back({text, "a country's name, with no room in its middle: labels, symbols or the legend are there"});
        }
    }
}

TextStyle place_text_style(const Style& style) {
    TextStyle place_style{style.place_pt, false, false, style.text, style.halo_pt * 0.8};
    place_style.font = style.font;
    return place_style;
}

// Whether the title names the place (as a whole word, in today's name or the map's period's).
bool title_names(const std::string& title, const std::vector<std::string>& names) {
    const std::string in = upper_case(title);
    const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
    for (const std::string& name : names) {
        const std::string n = upper_case(name);
        for (auto at = in.find(n); !n.empty() && at != std::string::npos; at = in.find(n, at + 1)) {
            const bool starts = at == 0 || !word_char(in[at - 1]), ends = at + n.size() == in.size() || !word_char(in[at + n.size()]);
            if (starts && ends) return true;
        }
    }
    return false;
}

// The towns within the frame that are not subjects, each beside its dot.
void label_places(const MapComposition& map, const PeriodNames& period_names, NamesShown& shown) {
    MapModel& model = map.model;
    std::set<std::string> skip;
    for (const auto& s : map.joined.subjects) skip.insert(s.feature->id);
    for (const KeyPlace& place : map.key_places) skip.insert(place.feature->id);
    const TextStyle place_style = place_text_style(model.style);
    for (const GeoFeature* feature : map.in_effect) {
        if (feature->kind != FeatureKind::place || skip.count(feature->id)) continue;
        const XY p = map.page.to_page(map.projection.forward(feature->geometry.parts.front().front().front()));
        if (!model.frame.contains(p)) continue;
        const std::pair named{feature->name_en, period_names.of(feature->id, feature->name_en)};
        if (auto label = map.placer.place(named.second.name, place_style, {{3, 0}, {-3, 0}, {0, -3}, {0, 3}}, p, false)) {
            model.labels.push_back(*label);
            shown.push_back(named);
            model.place_dots.push_back(p);
        } else {
            model.dropped_labels.push_back({named.second.name, "a town for context, with no room beside its dot: labels, symbols or the legend are there"});
        }
    }
}

// How far from a key place's dot its label must go to leave the circles it lies under.
double under_circles(const MapModel& model, XY at) {
    double reach = 0;
    for (const auto& s : model.subjects) {
        if (s.radius_pt <= 0 || s.drawn.page.empty()) continue;
        const XY c = s.drawn.page.parts.front().front().front();
        if (const double d = std::hypot(at.x - c.x, at.y - c.y); d < s.radius_pt) reach = std::max(reach, s.radius_pt + d);
    }
    return reach;
}

// Key places are always named: beside the dot where there is room, else farther out with a
// leader line (past the circles the dot lies under), else where the name hides least.
void label_key_places(const MapComposition& map, const PeriodNames& period_names, NamesShown& shown) {
    MapModel& model = map.model;
    const TextStyle place_style = place_text_style(model.style);
    for (const KeyPlace& place : map.key_places) {
        const std::pair named{place.feature->name_en, period_names.of(place.feature->id, place.feature->name_en)};
        std::vector<XY> offsets{{3, 0}, {-3, 0}, {0, -3}, {0, 3}};
        const double covered = under_circles(model, place.at);
        for (double r : {covered + 4, covered + 10, covered + 18, covered + 30, covered + 44})
            for (XY d : {XY{1, 0}, XY{-1, 0}, XY{0, -1}, XY{0, 1}, XY{0.7, -0.7}, XY{-0.7, -0.7}, XY{0.7, 0.7}, XY{-0.7, 0.7}})
                offsets.push_back({d.x * r, d.y * r});
        if (auto label = map.placer.place(named.second.name, place_style, offsets, place.at, true)) {
            add_leader(*label, LabelTarget{place.at, false, place_dot_radius_pt, false, false, {}}, measure_text(map.measure, named.second.name, place_style));
            model.labels.push_back(*label);
            shown.push_back(named);
        }
    }
}

}  // namespace

NamesShown add_labels(const MapComposition& map, const PeriodNames& period_names) {
    NamesShown shown;
    const std::size_t line_obstacles_begin = add_obstacles(map);
    label_subjects(map, shown);
    // The lines' obstacles are lifted; the subjects' labels stay taken.
    const std::size_t subject_labels = map.model.labels.size();
    map.placer.taken.erase(map.placer.taken.begin() + static_cast<long>(line_obstacles_begin),
                           map.placer.taken.end() - static_cast<long>(subject_labels));
    label_key_places(map, period_names, shown);
    if (map.model.style.place_names) {
        label_countries(map, period_names, shown);
        label_places(map, period_names, shown);
    }
    return shown;
}

void add_key_places(const MapComposition& map) {
    std::set<std::string> subjects;
    for (const auto& s : map.joined.subjects) subjects.insert(s.feature->id);
    const PeriodNames period_names(map.project.geodata, map.joined.spec->period, map.joined.spec->naming);
    std::vector<const GeoFeature*> places = map.joined.reference_places;
    for (const GeoFeature* feature : map.in_effect) {
        if (feature->kind != FeatureKind::place || subjects.count(feature->id) || std::count(places.begin(), places.end(), feature)) continue;
        if (title_names(map.model.title, {feature->name_en, period_names.of(feature->id, feature->name_en).name})) places.push_back(feature);
    }
    for (const GeoFeature* feature : places) {
        const XY at = map.page.to_page(map.projection.forward(feature->geometry.parts.front().front().front()));
        if (!map.model.frame.contains(at)) continue;
        map.key_places.push_back({feature, at});
        map.model.place_dots.push_back(at);
        // Labels and furniture keep off the dot.
        const double r = place_dot_radius_pt + 0.6;
        map.placer.taken.push_back({at.x - r, at.y - r, at.x + r, at.y + r});
    }
}

}  // namespace bordermap::composition
