// What the map draws: the context layers around the subjects, and the subjects with their symbols.
#include <algorithm>
#include <cmath>
#include <set>

#include "render/compose_steps.hpp"

namespace bordermap::composition {
namespace {

// Geometry beyond the frame is cut off, a little outside it so outlines do not end at the frame.
Geometry on_page(const MapComposition& map, const Geometry& lon_lat) {
    const Box& f = map.model.frame;
    const Box drawing_box{f.min_x - 3, f.min_y - 3, f.max_x + 3, f.max_y + 3};
    return geos::clip_to_box(map.geos, to_page(lon_lat, map.projection, map.page), drawing_box);
}

}  // namespace

CircleScale::CircleScale(const Style& style, const MapClasses& classes)
    : reference(classes.circle_reference), max_radius_pt(style.circle_max_mm * units::mm) {}

double CircleScale::radius_pt(double value) const {
    return reference > 0 ? std::max(1.0, max_radius_pt * std::sqrt(std::fabs(value) / reference)) : max_radius_pt;
}

void add_context_layers(const MapComposition& map, const Box& lon_lat) {
    const Box context_box{lon_lat.min_x - 8, lon_lat.min_y - 6, lon_lat.max_x + 8, lon_lat.max_y + 6};
    std::set<std::string> subject_ids;
    for (const auto& s : map.joined.subjects)
        for (auto& id : covered_feature_ids(s)) subject_ids.insert(std::move(id));  // a group's rivers are drawn as the subject
    for (const GeoFeature* feature : map.in_effect) {
        if (!feature->box.intersects(context_box) || feature->kind == FeatureKind::place) continue;
        DrawnFeature drawn{feature, on_page(map, feature->geometry)};
        if (drawn.page.empty()) continue;
        if (feature->kind == FeatureKind::country) map.model.countries.push_back(std::move(drawn));
        else if (feature->kind == FeatureKind::admin1) map.model.admin1.push_back(std::move(drawn));
        else if (!subject_ids.count(feature->id)) map.model.rivers.push_back(std::move(drawn));
    }
}

std::vector<std::pair<XY, double>> circles_of(const JoinedMap& joined, const CircleScale& circles) {
    std::vector<std::pair<XY, double>> out;
    for (const Subject& s : joined.subjects) {
        if (s.feature->geometry.type != GeometryType::point || s.feature->geometry.empty()) continue;
        out.emplace_back(s.feature->geometry.parts.front().front().front(), s.has_value() ? circles.radius_pt(s.value()) : missing_circle_radius_pt);
    }
    return out;
}

void add_subjects(const MapComposition& map, const MapClasses& classes, const CircleScale& circles) {
    for (std::size_t i = 0; i < map.joined.subjects.size(); ++i) {
        const Subject& subject = map.joined.subjects[i];
        const int cls = classes.subject_class[i];
        DrawnSubject drawn{{subject.feature, on_page(map, subject.feature->geometry)}, std::nullopt, 0, subject.group != nullptr};
        if (cls >= 0) drawn.fill = classes.colours[static_cast<std::size_t>(cls)];
        if (subject.feature->geometry.type == GeometryType::point)
            drawn.radius_pt = subject.has_value() ? circles.radius_pt(subject.value()) : missing_circle_radius_pt;
        map.model.subjects.push_back(std::move(drawn));
    }
}

}  // namespace bordermap::composition
