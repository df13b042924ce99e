#include "atlas/build_plan.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "bordermap/map/class_groups.hpp"
#include "bordermap/atlas/gallery.hpp"
#include "bordermap/config.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/export/figures_layer.hpp"
#include "bordermap/export/layer_style.hpp"
#include "bordermap/export/map_layer.hpp"

namespace bordermap {
namespace {

std::string exact(double value) {
    char text[40];
    std::snprintf(text, sizeof text, "%a", value);  // hexadecimal: every bit of the double
    return text;
}

// Everything a map's classes say: bounds, labels, colours and each subject's class.
std::string classes_digest(const MapClasses& classes) {
    Sha256 sum;
    const Classification& c = classes.classification;
    for (std::size_t i = 0; i < c.size(); ++i) sum.add("class", exact(c.lower[i]) + " " + exact(c.upper[i]) + " " + c.labels[i]);
    sum.add("kind", std::string(c.exact_values ? "exact" : "") + (c.continuous ? "continuous" : ""));
    for (const Colour& colour : classes.colours) sum.add("colour", colour.hex());
    for (const Colour& colour : classes.ramp) sum.add("ramp", colour.hex());
    for (int cls : classes.subject_class) sum.add("subject", std::to_string(cls));
    return sum.hex();
}

// The map's own settings as declared, and what the expansion of panels and series made of them.
std::string settings_digest(const MapSpec& spec, const Indicator& indicator) {
    return Sha256()
        .add("declared", spec.settings_digest)
        .add("id", spec.id)
        .add("style_name", spec.style_name)
        .add("indicator", indicator.id + "\n" + indicator.label + "\n" + indicator.unit)
        .hex();
}

// The rows a map's layer cites ("figures.csv:12") and the columns it carries through as they are:
// a layer changes with them, a drawing does not.
std::string rows_digest(const JoinedMap& joined) {
    Sha256 sum;
    for (const Subject& s : joined.subjects) {
        if (!s.figure) {
            sum.add("no figure", s.feature->id);
            continue;
        }
        const Figure& figure = *s.figure->figure;
        sum.add("row", std::filesystem::path(figure.where).filename().string());
        for (const auto& [column, value] : figure.extra) sum.add(column, value);
    }
    return sum.hex();
}

std::string combined(const MadeFrom& made_from) {
    Sha256 sum;
    for (const auto& [part, digest] : made_from) sum.add(part, digest);
    return sum.hex();
}

void prepare_maps(const Project& project, const std::vector<std::size_t>& selected, BuildPlan& plan) {
    const auto& specs = project.atlas.maps;
    // Each map classed with its whole class group (panels, a series with shared classes), selected
    // or not, so that a map built alone has the classes it has in the whole atlas.
    GroupClassifier classifier(project);
    std::map<std::string, std::size_t> page_of;
    for (std::size_t i : selected) {
        const MapSpec& spec = specs[i];
        ClassedMap classed = classifier.take(i);
        PreparedMap map;
        map.spec = &spec;
        map.joined = std::move(classed.joined);
        map.classes = std::move(classed.classes);
        for (MapWarning& warning : map_warnings(spec, map.joined, map.classes)) plan.warnings.push_back(std::move(warning));
        map.layers = map_layers(map.joined, map.classes, spec.style);
        const ShownDigests shown = shown_digests(project, map.joined);
        map.layer_made_from = {{"bordermap", config::version},
                               {"geodata", project.geodata_sha256},
                               {"settings", settings_digest(spec, *map.joined.indicator)},
                               {"figures", shown.figures},
                               {"notes", shown.notes},
                               {"classes", classes_digest(map.classes)},
                               {"rows", rows_digest(map.joined)}};
        const std::string page_id = spec.multiple.empty() ? spec.id : spec.multiple;
        const auto [page, inserted] = page_of.emplace(page_id, plan.pages.size());
        if (inserted) plan.pages.push_back({page_id, {}});
        plan.pages[page->second].maps.push_back(plan.maps.size());
        plan.maps.push_back(std::move(map));
    }
    // The provenance names the projection, which the panels of a page share.
    std::vector<JoinedMap*> joined;
    for (PreparedMap& map : plan.maps) joined.push_back(&map.joined);
    choose_projections_by_page(joined);
    for (PreparedMap& map : plan.maps) map.provenance = provenance_json(project, map.joined);
}

// A drawing depends on what its maps' layers do, but the rows they cite, and on the style.
MadeFrom drawing_made_from(const BuildPlan& plan, const Page& page) {
    MadeFrom made_from;
    std::map<std::string, Sha256> parts;
    for (std::size_t m : page.maps) {
        for (const auto& [part, digest] : plan.maps[m].layer_made_from)
            if (part != "rows") parts[part].add(digest);
    }
    for (const auto& [part, sum] : parts) made_from[part] = sum.hex();
    const MapSpec& first = *plan.maps[page.maps.front()].spec;
    made_from["style"] = sha256_hex(first.style.recipe);
    return made_from;
}

// Cheap texts are compared whole; the part's name says what changed.
MadeFrom text_made_from(const char* part, const std::string& content) { return MadeFrom{{part, sha256_hex(content)}}; }

// A page's drawings, and each of its maps' provenance, layer and layer styles.
void plan_page_outputs(const BuildOptions& options, std::size_t p, BuildPlan& plan) {
    const Page& page = plan.pages[p];
    const MapSpec& first = *plan.maps[page.maps.front()].spec;
    if (options.draw) {
        const MadeFrom made_from = drawing_made_from(plan, page);
        for (const auto& [format, kind] : {std::pair{MapFormat::pdf, OutputKind::pdf}, std::pair{MapFormat::svg, OutputKind::svg},
                                           std::pair{MapFormat::png, OutputKind::png}}) {
            if (!first.has(format)) continue;
            plan.outputs.push_back({.file = page.id + "." + std::string(map_format_names.name(format)),
                                    .kind = kind,
                                    .map = page.id,
                                    .declared_at = first.where,
                                    .page = p,
                                    .prepared = page.maps.front(),
                                    .made_from = made_from});
        }
    }
    for (std::size_t m : page.maps) {
        const PreparedMap& map = plan.maps[m];
        const std::string& id = map.spec->id;
        auto add = [&](const std::string& file, OutputKind kind, MadeFrom made_from, std::size_t layer = 0) {
            plan.outputs.push_back({.file = file,
                                    .kind = kind,
                                    .map = page.id,
                                    .declared_at = map.spec->where,
                                    .page = p,
                                    .prepared = m,
                                    .map_layer = layer,
                                    .made_from = std::move(made_from)});
        };
        if (options.gis.count(GisOutput::provenance)) add(id + ".provenance.json", OutputKind::provenance, text_made_from("provenance", map.provenance));
        if (!map.spec->has(MapFormat::geojson)) continue;
        for (std::size_t l = 0; l < map.layers.size(); ++l) {
            const MapLayer& layer = map.layers[l];
            if (options.gis.count(GisOutput::geojson)) add(layer.name + ".geojson", OutputKind::geojson, map.layer_made_from, l);
            // QGIS applies NAME.qml when it opens NAME.geojson.
            if (options.gis.count(GisOutput::qml)) add(layer.name + ".qml", OutputKind::qml, text_made_from("layer style", layer.qml), l);
            if (options.gis.count(GisOutput::sld)) add(layer.name + ".sld", OutputKind::sld, text_made_from("layer style", layer.sld), l);
        }
    }
}

// The long-form figures layers and the GeoPackage of every layer.
void plan_atlas_layers(const Project& project, const BuildOptions& options, BuildPlan& plan) {
    const bool whole_atlas = options.only_map.empty();
    const std::string declared_at = project.atlas.file.string();
    if (whole_atlas && (options.gis.count(GisOutput::figures) || options.gis.count(GisOutput::gpkg))) plan.figures_layers = figures_layers(project);
    const MadeFrom figures_made_from{{"bordermap", config::version},
                                     {"geodata", project.geodata_sha256},
                                     {"settings", project.atlas.settings_digest},
                                     {"figures", Sha256()
                                                     .add("figures", sha256_file(project.atlas.figures.path))
                                                     .add("layer", project.atlas.figures.layer)
                                                     .add("sources", sha256_file(project.atlas.sources.path))
                                                     .add("sources_layer", project.atlas.sources.layer)
                                                     .hex()}};
    if (whole_atlas && options.gis.count(GisOutput::figures)) {
        for (std::size_t l = 0; l < plan.figures_layers.size(); ++l) {
            plan.outputs.push_back({.file = plan.figures_layers[l].name + ".geojson",
                                    .kind = OutputKind::figures_layer,
                                    .map = {},  // atlas-wide
                                    .declared_at = declared_at,
                                    .layer = l,
                                    .made_from = figures_made_from});
        }
    }
    if (!options.gis.count(GisOutput::gpkg)) return;
    Sha256 layers;
    for (const PreparedMap& map : plan.maps) {
        for (const MapLayer& layer : map.layers)
            layers.add(layer.name, combined(map.layer_made_from)).add("qml", layer.qml).add("sld", layer.sld).add("title", map.spec->title);
    }
    if (!plan.figures_layers.empty()) layers.add("figures", combined(figures_made_from));
    plan.outputs.push_back({.file = whole_atlas ? "atlas.gpkg" : options.only_map + ".gpkg",
                            .kind = OutputKind::geopackage,
                            .map = {},  // atlas-wide
                            .declared_at = declared_at,
                            .made_from = {{"bordermap", config::version}, {"layers", layers.hex()}}});
}

// index.html, last, so that the page links every other output.
void plan_gallery(const Project& project, BuildPlan& plan) {
    std::vector<GalleryFigure> figures;
    for (const Page& page : plan.pages) {
        std::vector<const JoinedMap*> maps;
        for (std::size_t m : page.maps) maps.push_back(&plan.maps[m].joined);
        GalleryFigure figure = gallery_figure(page.id, maps);
        for (std::size_t i = 0; i < page.maps.size(); ++i) {
            const std::vector<MapLayer>& layers = plan.maps[page.maps[i]].layers;
            for (std::size_t l = 1; l < layers.size(); ++l)
                figure.layers[i].more_layers.emplace_back(layers[l].name, std::string(geometry_type_plural(layers[l].layer.geometry_type)));
        }
        figures.push_back(std::move(figure));
    }
    std::vector<std::filesystem::path> files;
    for (const PlannedOutput& output : plan.outputs) files.emplace_back(output.file);
    plan.gallery = gallery_html(project.atlas.title, gallery_entries(figures, files));
    plan.outputs.push_back(
        {.file = "index.html", .kind = OutputKind::gallery, .map = {}, .declared_at = project.atlas.file.string(), .made_from = text_made_from("gallery", plan.gallery)});
}

// Two outputs of one name would overwrite each other: say so before anything is drawn.
void refuse_name_clashes(const BuildPlan& plan) {
    const auto describe = [](const PlannedOutput& o) {
        return o.map.empty() ? "the atlas's own '" + o.file + "'" : "the map '" + o.map + "' (" + o.declared_at + ")";
    };
    std::map<std::string, const PlannedOutput*> by_name;
    for (const PlannedOutput& output : plan.outputs) {
        const auto [other, inserted] = by_name.emplace(output.file, &output);
        if (inserted) continue;
        const PlannedOutput& first = output.map.empty() ? output : *other->second;
        const PlannedOutput& second = output.map.empty() ? *other->second : output;
        throw DataError(second.declared_at, describe(second) + " would write '" + output.file + "', as " + describe(first) + " does",
                        "Give the map another id: every output is named after its map.");
    }
}

void plan_outputs(const Project& project, const BuildOptions& options, BuildPlan& plan) {
    for (std::size_t p = 0; p < plan.pages.size(); ++p) plan_page_outputs(options, p, plan);
    plan_atlas_layers(project, options, plan);
    if (options.draw && options.gallery && options.only_map.empty()) plan_gallery(project, plan);
    refuse_name_clashes(plan);
}

}  // namespace

std::unique_ptr<BuildPlan> plan_build(const Project& project, const BuildOptions& options) {
    auto plan = std::make_unique<BuildPlan>();
    const auto& specs = project.atlas.maps;
    std::vector<std::size_t> selected;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const MapSpec& spec = specs[i];
        if (options.only_map.empty() || options.only_map == spec.id || options.only_map == spec.multiple || options.only_map == spec.series) selected.push_back(i);
    }
    if (!options.only_map.empty() && selected.empty()) {
        std::string ids;
        for (const auto& m : specs) ids += (ids.empty() ? "" : ", ") + m.id;
        throw DataError(project.atlas.file.string(), "has no map '" + options.only_map + "'", "Use one of: " + ids + ".");
    }
    plan->maps.reserve(selected.size());
    prepare_maps(project, selected, *plan);
    plan_outputs(project, options, *plan);
    return plan;
}

MapModel compose_page(const Project& project, const BuildPlan& plan, const Page& page) {
    const PreparedMap& first = plan.maps[page.maps.front()];
    if (first.spec->multiple.empty()) return compose_map(project, first.joined, first.classes, first.spec->style);
    std::vector<const JoinedMap*> panels;
    std::vector<MapClasses> classes;
    for (std::size_t m : page.maps) {
        panels.push_back(&plan.maps[m].joined);
        classes.push_back(plan.maps[m].classes);
    }
    return compose_multiples(project, panels, classes, first.spec->style);
}

}  // namespace bordermap
