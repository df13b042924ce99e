#include "bordermap/export/figures_layer.hpp"

#include <array>
#include <filesystem>

#include "bordermap/export/attributes.hpp"
#include "bordermap/geo/geos.hpp"

namespace bordermap {
namespace {

// What one feature of the figures layers is made from: a figure, its indicator and region.
struct FigureRow {
    const ResolvedFigure& resolved;
    const Indicator& indicator;
    const std::string& region_name;
    const Figure& figure() const { return *resolved.figure; }
};

using FigureRowRef = const FigureRow&;

constexpr std::array<Column<FigureRow>, 18> figures_layer_columns{{
    {"figure_row", FieldType::text, [](FigureRowRef r) -> FieldValue { return std::filesystem::path(r.figure().where).filename().string(); }},
    {"region_as_written", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.figure().region; }},
    {"region_id", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.resolved.region.id; }},
    {"region_name_en", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.region_name; }},
    {"indicator", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.figure().indicator; }},
    {"indicator_label", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.indicator.label; }},
    {"unit", FieldType::text, [](FigureRowRef r) { return text_or_null(r.indicator.unit); }},
    {"value", FieldType::real, [](FigureRowRef r) { return r.figure().value ? FieldValue{*r.figure().value} : null_value; }},
    {"qualifier", FieldType::text, [](FigureRowRef r) -> FieldValue { return qualifier_name(r.figure()); }},
    {"period", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.figure().period.iso(); }},
    {"period_start", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.figure().period.start_iso(); }},
    {"period_end", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.figure().period.end_iso(); }},
    {"source", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.resolved.source->id; }},
    {"source_citation", FieldType::text, [](FigureRowRef r) -> FieldValue { return r.resolved.source->citation; }},
    {"archive_ref", FieldType::text, [](FigureRowRef r) { return text_or_null(r.resolved.source->archive_ref); }},
    {"pages", FieldType::text, [](FigureRowRef r) { return text_or_null(r.figure().pages); }},
    {"note", FieldType::text, [](FigureRowRef r) { return text_or_null(r.figure().note); }},
    {"derivation", FieldType::text, [](FigureRowRef r) { return r.resolved.derived ? FieldValue{r.resolved.derived->in_words} : null_value; }},
}};

// A figure's geometry: its region's boundary valid in the figure's own period (where the atlas adds
// one), all of a group's members as one feature (it is one number), of the first member's type.
Geometry figure_geometry(const Project& project, const ResolvedFigure& resolved) {
    std::vector<const Geometry*> geometries;
    for (const auto& id : resolved.region.features) {
        const GeoFeature* feature = project.geodata.find(id, resolved.figure->period);
        if (!feature) feature = project.geodata.find(id);
        if (!geometries.empty() && feature->geometry.type != geometries.front()->type) continue;
        geometries.push_back(&feature->geometry);
    }
    // A group's regions dissolved: one outline, no inner borders, a valid MultiPolygon.
    return geos::merge_geometries(geos::Context(), geometries);
}

// The region's English name: the group's, else the feature's as of the figure's period.
std::string region_name(const Project& project, const ResolvedFigure& resolved) {
    if (const FeatureGroup* group = project.geodata.find_group(resolved.region.id)) return group->name_en;
    if (resolved.region.is_group || resolved.region.features.empty()) return resolved.region.id;
    const std::string& id = resolved.region.features.back();
    const GeoFeature* feature = project.geodata.find(id, resolved.figure->period);
    return (feature ? feature : project.geodata.find(id))->name_en;
}

}  // namespace

std::vector<VectorLayer> figures_layers(const Project& project) {
    std::vector<OutputField> fields = fields_of<FigureRow>(figures_layer_columns);
    std::vector<const Figure*> all;
    for (const auto& figure : project.figures) all.push_back(&figure);
    const std::vector<std::string> extras = extra_columns(all);
    add_extra_fields(fields, extras);

    // One layer per geometry type, because a GIS layer has one.
    std::array<VectorLayer, 3> layers{VectorLayer{"figures_polygons", GeometryType::polygon, fields, {}},
                                      VectorLayer{"figures_lines", GeometryType::line, fields, {}},
                                      VectorLayer{"figures_points", GeometryType::point, fields, {}}};
    for (const ResolvedFigure& resolved : project.resolved) {
        const std::string name = region_name(project, resolved);
        const FigureRow row{resolved, project.atlas.indicators.at(resolved.figure->indicator), name};
        OutputFeature feature{figure_geometry(project, resolved), values_of<FigureRow>(figures_layer_columns, row)};
        add_extra_values(feature.values, resolved.figure, extras);
        const GeometryType type = feature.geometry.type;
        layers[type == GeometryType::polygon ? 0 : type == GeometryType::line ? 1 : 2].features.push_back(std::move(feature));
    }
    std::vector<VectorLayer> out;
    for (auto& layer : layers)
        if (!layer.features.empty()) out.push_back(std::move(layer));
    return out;
}

}  // namespace bordermap
