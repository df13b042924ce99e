#include "bordermap/atlas/build.hpp"

#include <algorithm>

#include "bordermap/atlas/gallery.hpp"
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

// A map's join, classes and GIS layer (every map, and every panel of small multiples).
struct PreparedMap {
    const MapSpec* spec;
    JoinedMap joined;
    MapClasses classes;
    VectorLayer layer;
    LayerStyle style;
};

// A figure to draw: one map, or the panels of small multiples on one page.
struct PreparedFigure {
    const MapSpec* spec;  // the (first) map's settings: formats, dpi
    std::string id;
    MapModel model;
};

bool has(const std::vector<std::string>& formats, const char* format) {
    return std::find(formats.begin(), formats.end(), format) != formats.end();
}

}  // namespace

BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder, const BuildOptions& options,
                        const std::function<void(const std::filesystem::path&)>& progress) {
    std::vector<PreparedMap> prepared;
    std::vector<PreparedFigure> figures_to_draw;
    int maps_built = 0;  // a small multiples figure counts once
    prepared.reserve(project.atlas.maps.size());  // the figures compose from pointers into it
    const auto& maps = project.atlas.maps;
    for (std::size_t i = 0; i < maps.size();) {
        // A map of its own, or all panels of one small multiples figure (consecutive in the atlas).
        std::size_t end = i + 1;
        while (!maps[i].multiple.empty() && end < maps.size() && maps[end].multiple == maps[i].multiple) ++end;
        const MapSpec& first = maps[i];
        const std::string figure_id = first.multiple.empty() ? first.id : first.multiple;
        if (!options.only_map.empty() && options.only_map != figure_id && options.only_map != first.id) {
            i = end;
            continue;
        }
        std::vector<JoinedMap> joins;
        for (std::size_t k = i; k < end; ++k) joins.push_back(join_map(project, maps[k]));
        ++maps_built;
        std::vector<const JoinedMap*> pointers;
        for (const auto& j : joins) pointers.push_back(&j);
        std::vector<MapClasses> classes = classify_maps(pointers);
        const std::size_t first_prepared = prepared.size();
        for (std::size_t k = 0; k < joins.size(); ++k) {
            const MapSpec& spec = maps[i + k];
            VectorLayer layer = map_layer(joins[k], classes[k]);
            LayerStyle style = layer_style(joins[k], classes[k], spec.style);
            prepared.push_back({&spec, std::move(joins[k]), std::move(classes[k]), std::move(layer), std::move(style)});
        }
        if (options.draw) {
            if (first.multiple.empty()) {
                const PreparedMap& map = prepared.back();
                figures_to_draw.push_back({&first, figure_id, compose_map(project, map.joined, map.classes, first.style)});
            } else {
                std::vector<const JoinedMap*> panels;
                std::vector<MapClasses> panel_classes;
                for (std::size_t k = first_prepared; k < prepared.size(); ++k) {
                    panels.push_back(&prepared[k].joined);
                    panel_classes.push_back(prepared[k].classes);
                }
                figures_to_draw.push_back({&first, figure_id, compose_multiples(project, panels, panel_classes, first.style)});
            }
        }
        i = end;
    }
    if (!options.only_map.empty() && prepared.empty()) {
        std::string ids;
        for (const auto& m : project.atlas.maps) ids += (ids.empty() ? "" : ", ") + m.id;
        throw DataError(project.atlas.file.string(), "has no map '" + options.only_map + "'", "Use one of: " + ids + ".");
    }

    ensure_folder(output_folder);
    BuildResult result;
    result.maps = maps_built;
    auto wrote = [&](const std::filesystem::path& path) {
        result.written.push_back(path);
        if (progress) progress(path);
    };
    for (const PreparedFigure& figure : figures_to_draw) {
        for (const auto& [format, kind] : {std::pair{"pdf", FigureFormat::pdf}, std::pair{"svg", FigureFormat::svg},
                                           std::pair{"png", FigureFormat::png}}) {
            if (!has(figure.spec->formats, format)) continue;
            const auto path = (output_folder / figure.id).string() + "." + format;
            write_figure(figure.model, kind, path, figure.spec->dpi);
            wrote(path);
        }
    }
    for (const PreparedMap& map : prepared) {
        const auto base = output_folder / map.spec->id;
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
    // Last, so that the page links exactly the files written.
    if (options.draw && options.gallery && whole_atlas) {
        std::vector<GalleryFigure> shown;
        for (const PreparedFigure& figure : figures_to_draw) {
            std::vector<const MapSpec*> drawn;  // the map itself, or the panels of small multiples
            for (const PreparedMap& map : prepared)
                if (map.spec->id == figure.id || map.spec->multiple == figure.id) drawn.push_back(map.spec);
            shown.push_back(gallery_figure(figure.id, figure.model, drawn));
        }
        const auto path = output_folder / "index.html";
        write_file_atomically(path, gallery_html(project.atlas.title, gallery_entries(shown, result.written)));
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
                        (classes.classification.continuous ? "unclassed, " + count + " values"
                                                           : count + (classes.classification.size() == 1 ? " class" : " classes")) + ")");
    }
    return lines;
}

}  // namespace bordermap
