#include "bordermap/atlas/build.hpp"

#include <algorithm>

#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/export/figures_layer.hpp"
#include "bordermap/export/layer_style.hpp"
#include "bordermap/export/map_layer.hpp"
#include "bordermap/export/provenance.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/render/figure_output.hpp"
#include "bordermap/render/map_model.hpp"

namespace bordermap {
namespace {

struct PreparedMap {
    const MapSpec* spec;
    JoinedMap joined;
    MapClasses classes;
    std::optional<MapModel> model;  // only when drawing
    VectorLayer layer;
    LayerStyle style;
};

bool has(const std::vector<std::string>& formats, const char* format) {
    return std::find(formats.begin(), formats.end(), format) != formats.end();
}

}  // namespace

BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder, const BuildOptions& options,
                        const std::function<void(const std::filesystem::path&)>& progress) {
    std::vector<PreparedMap> prepared;
    for (const MapSpec& spec : project.atlas.maps) {
        if (!options.only_map.empty() && spec.id != options.only_map) continue;
        JoinedMap joined = join_map(project, spec);
        MapClasses classes = classify_map(joined);
        std::optional<MapModel> model;
        if (options.draw) model = compose_map(project, joined, classes);
        VectorLayer layer = map_layer(joined, classes);
        LayerStyle style = layer_style(joined, classes);
        prepared.push_back({&spec, std::move(joined), std::move(classes), std::move(model), std::move(layer), std::move(style)});
    }
    if (!options.only_map.empty() && prepared.empty()) {
        std::string ids;
        for (const auto& m : project.atlas.maps) ids += (ids.empty() ? "" : ", ") + m.id;
        throw DataError(project.atlas.file.string(), "has no map '" + options.only_map + "'", "Use one of: " + ids + ".");
    }

    ensure_folder(output_folder);
    BuildResult result;
    auto wrote = [&](const std::filesystem::path& path) {
        result.written.push_back(path);
        if (progress) progress(path);
    };
    for (const PreparedMap& map : prepared) {
        const auto base = output_folder / map.spec->id;
        if (options.draw) {
            for (const auto& [format, kind] : {std::pair{"pdf", FigureFormat::pdf}, std::pair{"svg", FigureFormat::svg},
                                               std::pair{"png", FigureFormat::png}}) {
                if (!has(map.spec->formats, format)) continue;
                const auto path = base.string() + "." + format;
                write_figure(*map.model, kind, path, map.spec->dpi);
                wrote(path);
            }
        }
        if (options.gis.count("provenance")) {
            write_file_atomically(base.string() + ".provenance.json", provenance_json(project, map.joined));
            wrote(base.string() + ".provenance.json");
        }
        if (has(map.spec->formats, "geojson")) {
            if (options.gis.count("geojson")) {
                write_geojson(base.string() + ".geojson", map.layer, project.atlas.geojson_precision);
                wrote(base.string() + ".geojson");
            }
            // QGIS applies NAME.qml when it opens NAME.geojson.
            if (options.gis.count("qml")) {
                write_file_atomically(base.string() + ".qml", to_qml(map.style));
                wrote(base.string() + ".qml");
            }
            if (options.gis.count("sld")) {
                write_file_atomically(base.string() + ".sld", to_sld(map.style));
                wrote(base.string() + ".sld");
            }
        }
        ++result.maps;
    }

    const bool whole_atlas = options.only_map.empty();
    std::vector<VectorLayer> figures;
    if (whole_atlas && (options.gis.count("figures") || options.gis.count("gpkg"))) figures = figures_layers(project);
    if (whole_atlas && options.gis.count("figures")) {
        for (const auto& layer : figures) {
            const auto path = output_folder / (layer.name + ".geojson");
            write_geojson(path, layer, project.atlas.geojson_precision);
            wrote(path);
        }
    }
    if (options.gis.count("gpkg")) {
        std::vector<VectorLayer> layers;
        std::vector<StoredStyle> styles;
        for (const PreparedMap& map : prepared) {
            layers.push_back(map.layer);
            styles.push_back({map.spec->id, map.spec->id, map.spec->title, to_qml(map.style), to_sld(map.style)});
        }
        layers.insert(layers.end(), figures.begin(), figures.end());
        const auto path = output_folder / (whole_atlas ? "atlas.gpkg" : options.only_map + ".gpkg");
        write_geopackage(path, layers, styles);
        wrote(path);
    }
    return result;
}

std::vector<std::string> check_atlas(const Project& project) {
    std::vector<std::string> lines;
    for (const MapSpec& spec : project.atlas.maps) {
        const JoinedMap joined = join_map(project, spec);
        const MapClasses classes = classify_map(joined);
        std::string shown;
        for (const auto& s : joined.subjects) {
            shown += (shown.empty() ? "" : ", ") + s.feature->name_en + " " + value_text(s, joined.decimals);
        }
        const std::string count = std::to_string(classes.classification.size());
        lines.push_back(spec.id + ": " + joined.indicator->label + ", " + spec.period.human() + " — " + shown + " (" +
                        (classes.classification.continuous ? "unclassed, " + count + " values" : count + " classes") + ")");
    }
    return lines;
}

}  // namespace bordermap
