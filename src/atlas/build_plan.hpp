#pragma once
// What a build of an atlas would write and what each file is made from, before anything is
// drawn: the maps joined and classed, grouped into pages, and every output with its inputs' digests.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "bordermap/atlas/build.hpp"
#include "bordermap/atlas/manifest.hpp"
#include "bordermap/export/map_layer.hpp"
#include "bordermap/export/provenance.hpp"
#include "bordermap/geo/vector_writer.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/map/map_warnings.hpp"
#include "bordermap/render/compose.hpp"

namespace bordermap {

// One map's join and classes, and the texts that are cheap to make and compare (QML, SLD, provenance).
struct PreparedMap {
    const MapSpec* spec = nullptr;
    JoinedMap joined;
    MapClasses classes;
    std::string provenance;
    std::vector<MapLayer> layers;  // its GIS layers (one per geometry type), for GeoJSON and the GeoPackage alike
    MadeFrom layer_made_from;      // of its GeoJSON layers
};

// A figure on one page: one map, or the panels of small multiples.
struct Page {
    std::string id;
    std::vector<std::size_t> maps;  // into BuildPlan::maps
};

enum class OutputKind { pdf, svg, png, geojson, qml, sld, provenance, figures_layer, geopackage, gallery };

struct PlannedOutput {
    std::string file;         // within the output folder
    OutputKind kind = OutputKind::pdf;
    std::string map;          // the page it belongs to; "" for atlas-wide files
    std::string declared_at;  // the atlas line that asks for it
    std::size_t page = 0;     // into BuildPlan::pages (drawings)
    std::size_t prepared = 0; // into BuildPlan::maps (a map's layers and texts)
    std::size_t map_layer = 0;  // into PreparedMap::layers
    std::size_t layer = 0;    // into BuildPlan::figures_layers
    MadeFrom made_from;
};

struct BuildPlan {
    std::vector<PreparedMap> maps;
    std::vector<Page> pages;
    std::vector<VectorLayer> figures_layers;
    std::string gallery;  // index.html
    std::vector<PlannedOutput> outputs;
    std::vector<MapWarning> warnings;  // of the maps' colours, as `check` gives them
};

// Joins and classes every map the options select (maps sharing a class group together) and lists
// every output. Throws DataError for bad data, and when two outputs would have the same name.
std::unique_ptr<BuildPlan> plan_build(const Project& project, const BuildOptions& options);

// The drawing of one page, laid out (not yet drawn): its map, or its panels and their legend.
// Throws DataError when the page cannot hold them.
MapModel compose_page(const Project& project, const BuildPlan& plan, const Page& page);

}  // namespace bordermap
