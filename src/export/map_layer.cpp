#include "bordermap/export/map_layer.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

#include "bordermap/export/attributes.hpp"
#include "bordermap/export/layer_style.hpp"
#include "bordermap/map/notes.hpp"

namespace bordermap {
namespace {

// What one feature of a map's layer is made from.
struct SubjectRow {
    const JoinedMap& joined;
    const MapClasses& classes;
    const Subject& subject;
    int cls;  // -1: no value
    const Figure* figure() const { return subject.figure ? subject.figure->figure : nullptr; }
    const Source* source() const { return subject.figure ? subject.figure->source : nullptr; }
};

using SubjectColumn = Column<SubjectRow>;
using SubjectRowRef = const SubjectRow&;

// The columns of every map's layer, in order; the figures table's own columns follow them.
constexpr std::array<SubjectColumn, 29> map_layer_columns{{
    {"id", FieldType::text, [](SubjectRowRef r) -> FieldValue { return r.subject.feature->id; }},
    {"kind", FieldType::text, [](SubjectRowRef r) -> FieldValue { return std::string(feature_kind_names.name(r.subject.feature->kind)); }},
    {"name_en", FieldType::text, [](SubjectRowRef r) { return text_or_null(r.subject.feature->name_en); }},
    {"name_zh", FieldType::text, [](SubjectRowRef r) { return text_or_null(r.subject.feature->name_zh); }},
    {"name_ko", FieldType::text, [](SubjectRowRef r) { return text_or_null(r.subject.feature->name_ko); }},
    {"indicator", FieldType::text, [](SubjectRowRef r) -> FieldValue { return r.joined.spec->indicator; }},
    {"value", FieldType::real, [](SubjectRowRef r) { return r.subject.has_value() ? FieldValue{r.subject.value()} : null_value; }},
    {"qualifier", FieldType::text, [](SubjectRowRef r) -> FieldValue { return r.figure() ? qualifier_name(*r.figure()) : "no_data"; }},
    {"period", FieldType::text, [](SubjectRowRef r) { return r.figure() ? FieldValue{r.figure()->period.iso()} : null_value; }},
    {"period_start", FieldType::text, [](SubjectRowRef r) { return r.figure() ? FieldValue{r.figure()->period.start_iso()} : null_value; }},
    {"period_end", FieldType::text, [](SubjectRowRef r) { return r.figure() ? FieldValue{r.figure()->period.end_iso()} : null_value; }},
    {"period_differs", FieldType::integer,
     [](SubjectRowRef r) { return r.figure() ? FieldValue{static_cast<long long>(r.subject.period_differs)} : null_value; }},
    {"class", FieldType::integer, [](SubjectRowRef r) { return r.cls >= 0 ? FieldValue{static_cast<long long>(r.cls + 1)} : null_value; }},
    {"class_label", FieldType::text,
     [](SubjectRowRef r) -> FieldValue {
         return r.cls >= 0 ? r.classes.classification.labels[static_cast<std::size_t>(r.cls)] : missing_legend_label(r.joined);
     }},
    {"colour", FieldType::text, [](SubjectRowRef r) { return r.cls >= 0 ? FieldValue{r.classes.colours[static_cast<std::size_t>(r.cls)].hex()} : null_value; }},
    {"region_as_written", FieldType::text, [](SubjectRowRef r) { return r.figure() ? FieldValue{r.figure()->region} : null_value; }},
    {"source", FieldType::text, [](SubjectRowRef r) { return r.source() ? FieldValue{r.source()->id} : null_value; }},
    {"source_citation", FieldType::text, [](SubjectRowRef r) { return r.source() ? FieldValue{r.source()->citation} : null_value; }},
    {"archive_ref", FieldType::text, [](SubjectRowRef r) { return r.source() ? text_or_null(r.source()->archive_ref) : null_value; }},
    {"pages", FieldType::text, [](SubjectRowRef r) { return r.figure() ? text_or_null(r.figure()->pages) : null_value; }},
    {"note", FieldType::text, [](SubjectRowRef r) { return r.figure() ? text_or_null(r.figure()->note) : null_value; }},
    // How a derived figure was worked out: "Liaoning and Jilin 4,701 − Liaoning 1,985".
    {"derivation", FieldType::text,
     [](SubjectRowRef r) { return r.subject.figure && r.subject.figure->derived ? FieldValue{r.subject.figure->derived->in_words} : null_value; }},
    // The number of the figure's note among the map's footnotes, as the label prints it ("¹").
    {"footnote_mark", FieldType::text, [](SubjectRowRef r) { return r.subject.footnote > 0 ? FieldValue{superscript(r.subject.footnote)} : null_value; }},
    // File name and line only: the layer must not depend on where the atlas lives.
    {"figure_row", FieldType::text,
     [](SubjectRowRef r) { return r.figure() ? FieldValue{std::filesystem::path(r.figure()->where).filename().string()} : null_value; }},
    {"label", FieldType::text, [](SubjectRowRef r) -> FieldValue { return r.subject.name.name; }},
    {"figure_value", FieldType::real, [](SubjectRowRef r) { return r.subject.has_value() ? FieldValue{r.subject.figure_value()} : null_value; }},
    {"divided_by", FieldType::real, [](SubjectRowRef r) { return r.subject.has_value() ? FieldValue{r.subject.divisor} : null_value; }},
    {"divided_by_text", FieldType::text, [](SubjectRowRef r) { return r.subject.has_value() ? text_or_null(r.subject.divisor_text) : null_value; }},
    {"unit", FieldType::text, [](SubjectRowRef r) { return text_or_null(r.joined.unit); }},
}};

}  // namespace

namespace {

VectorLayer layer_of(const JoinedMap& joined, const MapClasses& classes, GeometryType geometry, std::string name) {
    VectorLayer layer;
    layer.name = std::move(name);
    layer.geometry_type = geometry;
    layer.fields = fields_of<SubjectRow>(map_layer_columns);
    // Columns of the figures table that bordermap does not interpret travel with the figure.
    std::vector<const Figure*> shown;
    for (const auto& s : joined.subjects)
        if (s.figure && s.feature->geometry.type == geometry) shown.push_back(s.figure->figure);
    const std::vector<std::string> extras = extra_columns(shown);
    add_extra_fields(layer.fields, extras);
    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& s = joined.subjects[i];
        if (s.feature->geometry.type != geometry) continue;
        const SubjectRow row{joined, classes, s, classes.subject_class[i]};
        OutputFeature feature{{}, values_of<SubjectRow>(map_layer_columns, row), &s.feature->geometry};
        add_extra_values(feature.values, row.figure(), extras);
        layer.features.push_back(std::move(feature));
    }
    return layer;
}

}  // namespace

std::string_view geometry_type_plural(GeometryType type) {
    switch (type) {
        case GeometryType::polygon: return "polygons";
        case GeometryType::line: return "lines";
        case GeometryType::point: return "points";
    }
    return "features";
}

std::vector<MapLayer> map_layers(const JoinedMap& joined, const MapClasses& classes, const Style& visual) {
    std::vector<MapLayer> layers;
    for (const GeometryType geometry : {GeometryType::polygon, GeometryType::line, GeometryType::point}) {
        const bool present = std::any_of(joined.subjects.begin(), joined.subjects.end(), [&](const Subject& s) { return s.feature->geometry.type == geometry; });
        if (!present) continue;
        const std::string name = layers.empty() ? joined.spec->id : joined.spec->id + "-" + std::string(geometry_type_plural(geometry));
        const LayerStyle style = layer_style(joined, classes, geometry, visual);
        layers.push_back({name, layer_of(joined, classes, geometry, name), to_qml(style), to_sld(style)});
    }
    return layers;
}

}  // namespace bordermap
