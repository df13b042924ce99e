#include "bordermap/export/map_layer.hpp"

#include "bordermap/export/attributes.hpp"
#include "bordermap/map/notes.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

namespace bordermap {
namespace {


}  // namespace

VectorLayer map_layer(const JoinedMap& joined, const MapClasses& classes) {
    VectorLayer layer;
    layer.name = joined.spec->id;
    layer.fields = {{"id", FieldType::text},           {"kind", FieldType::text},         {"name_en", FieldType::text},
                    {"name_zh", FieldType::text},      {"name_ko", FieldType::text},      {"indicator", FieldType::text},
                    {"value", FieldType::real},        {"qualifier", FieldType::text},    {"period", FieldType::text},
                    {"period_start", FieldType::text}, {"period_end", FieldType::text},   {"period_differs", FieldType::integer},
                    {"class", FieldType::integer},     {"class_label", FieldType::text},  {"colour", FieldType::text},
                    {"region_as_written", FieldType::text}, {"source", FieldType::text}, {"source_citation", FieldType::text},
                    {"archive_ref", FieldType::text},  {"pages", FieldType::text},        {"note", FieldType::text},
                    {"figure_row", FieldType::text},   {"label", FieldType::text},         {"figure_value", FieldType::real},
                    {"divided_by", FieldType::real},   {"divided_by_text", FieldType::text}, {"unit", FieldType::text}};
    // Columns of the figures table that bordermap does not interpret travel with the figure.
    std::vector<const Figure*> shown;
    for (const auto& s : joined.subjects)
        if (s.figure) shown.push_back(s.figure->figure);
    const std::vector<std::string> extras = extra_columns(shown);
    add_extra_fields(layer.fields, extras);
    bool mixed = false;
    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& s = joined.subjects[i];
        if (i > 0 && s.feature->geometry.type != joined.subjects.front().feature->geometry.type) mixed = true;
        layer.geometry_type = s.feature->geometry.type;
        const int cls = classes.subject_class[i];
        OutputFeature f{s.feature->geometry, {}};
        auto& v = f.values;
        v.emplace_back(s.feature->id);
        v.emplace_back(std::string(feature_kind_names.name(s.feature->kind)));
        v.push_back(text_or_null(s.feature->name_en));
        v.push_back(text_or_null(s.feature->name_zh));
        v.push_back(text_or_null(s.feature->name_ko));
        v.emplace_back(joined.spec->indicator);
        if (s.has_value()) v.emplace_back(s.value());
        else v.emplace_back();
        if (s.figure) {
            const Figure& figure = *s.figure->figure;
            v.emplace_back(qualifier_name(figure));
            v.emplace_back(figure.period.iso());
            v.emplace_back(figure.period.first_iso_day());
            v.emplace_back(figure.period.last_iso_day());
            v.emplace_back(static_cast<long long>(s.period_differs));
        } else {
            v.emplace_back(std::string("no_data"));
            for (int k = 0; k < 4; ++k) v.emplace_back();
        }
        if (cls >= 0) {
            v.emplace_back(static_cast<long long>(cls + 1));
            v.emplace_back(classes.classification.labels[static_cast<std::size_t>(cls)]);
            v.emplace_back(classes.colours[static_cast<std::size_t>(cls)].hex());
        } else {
            v.emplace_back();
            v.emplace_back(missing_legend_label(joined));
            v.emplace_back();
        }
        if (s.figure) {
            const Figure& figure = *s.figure->figure;
            v.emplace_back(figure.region);
            v.emplace_back(s.figure->source->id);
            v.emplace_back(s.figure->source->citation);
            v.push_back(text_or_null(s.figure->source->archive_ref));
            v.push_back(text_or_null(figure.pages));
            v.push_back(text_or_null(figure.note));
            // File name and line only: the layer must not depend on where the atlas lives.
            v.emplace_back(std::filesystem::path(figure.where).filename().string());
        } else {
            for (int k = 0; k < 7; ++k) v.emplace_back();
        }
        v.emplace_back(s.name.name);
        if (s.has_value()) {
            v.emplace_back(s.figure_value());
            v.emplace_back(s.divisor);
            v.push_back(text_or_null(s.divisor_text));
        } else {
            for (int k = 0; k < 3; ++k) v.emplace_back();
        }
        v.push_back(text_or_null(joined.unit));
        add_extra_values(v, s.figure ? s.figure->figure : nullptr, extras);
        layer.features.push_back(std::move(f));
    }
    layer.mixed_geometry = mixed;
    return layer;
}

}  // namespace bordermap
