#include "bordermap/export/figures_layer.hpp"

#include "bordermap/export/attributes.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

namespace bordermap {

std::vector<VectorLayer> figures_layers(const Project& project) {
    std::vector<OutputField> fields{{"figure_row", FieldType::text},   {"region_as_written", FieldType::text},
                                    {"region_id", FieldType::text},    {"region_name_en", FieldType::text},
                                    {"indicator", FieldType::text},    {"indicator_label", FieldType::text},
                                    {"unit", FieldType::text},         {"value", FieldType::real},
                                    {"qualifier", FieldType::text},    {"period", FieldType::text},
                                    {"period_start", FieldType::text}, {"period_end", FieldType::text},
                                    {"source", FieldType::text},       {"source_citation", FieldType::text},
                                    {"archive_ref", FieldType::text},  {"pages", FieldType::text},
                                    {"note", FieldType::text}};
    std::vector<const Figure*> all;
    for (const auto& figure : project.figures) all.push_back(&figure);
    const std::vector<std::string> extras = extra_columns(all);
    add_extra_fields(fields, extras);

    std::array<VectorLayer, 3> layers{VectorLayer{"figures_polygons", GeometryType::polygon, fields, {}},
                                      VectorLayer{"figures_lines", GeometryType::line, fields, {}},
                                      VectorLayer{"figures_points", GeometryType::point, fields, {}}};
    for (const ResolvedFigure& resolved : project.resolved) {
        const Figure& figure = *resolved.figure;
        // A group's figure takes all its members' geometry, as one feature: it is one number.
        Geometry geometry;
        std::string name = resolved.region.id;
        for (const auto& id : resolved.region.features) {
            // The boundary valid in the figure's own period, where the atlas adds one.
            const GeoFeature* feature = project.geodata.find(id, figure.period);
            if (!feature) feature = project.geodata.find(id);
            if (geometry.parts.empty()) geometry.type = feature->geometry.type;
            if (feature->geometry.type != geometry.type) continue;
            geometry.parts.insert(geometry.parts.end(), feature->geometry.parts.begin(), feature->geometry.parts.end());
            if (!resolved.region.is_group) name = feature->name_en;
        }
        if (const FeatureGroup* group = project.geodata.find_group(resolved.region.id)) name = group->name_en;
        const Indicator& indicator = project.atlas.indicators.at(figure.indicator);
        OutputFeature f{geometry, {}};
        auto& v = f.values;
        v.emplace_back(std::filesystem::path(figure.where).filename().string());
        v.emplace_back(figure.region);
        v.emplace_back(resolved.region.id);
        v.emplace_back(name);
        v.emplace_back(figure.indicator);
        v.emplace_back(indicator.label);
        v.push_back(text_or_null(indicator.unit));
        if (figure.value) v.emplace_back(*figure.value);
        else v.emplace_back();
        v.emplace_back(qualifier_name(figure));
        v.emplace_back(figure.period.iso());
        v.emplace_back(figure.period.first_iso_day());
        v.emplace_back(figure.period.last_iso_day());
        v.emplace_back(resolved.source->id);
        v.emplace_back(resolved.source->citation);
        v.push_back(text_or_null(resolved.source->archive_ref));
        v.push_back(text_or_null(figure.pages));
        v.push_back(text_or_null(figure.note));
        add_extra_values(v, &figure, extras);
        const std::size_t index = geometry.type == GeometryType::polygon ? 0 : geometry.type == GeometryType::line ? 1 : 2;
        layers[index].features.push_back(std::move(f));
    }
    std::vector<VectorLayer> out;
    for (auto& layer : layers)
        if (!layer.features.empty()) out.push_back(std::move(layer));
    return out;
}

}  // namespace bordermap
