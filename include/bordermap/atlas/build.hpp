#pragma once
// The main job: every map of an atlas as figures (PDF/SVG/PNG) and GIS layers.
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "bordermap/atlas/project.hpp"

namespace bordermap {

struct BuildOptions {
    bool draw = true;  // the maps' PDF/SVG/PNG, as each map's formats say
    // GIS outputs: "geojson" (per map, where its formats include it), "qml" and "sld" (beside
    // each GeoJSON), "figures" (figures_*.geojson, long form), "gpkg" (atlas.gpkg with every layer),
    // "provenance" (<id>.provenance.json: what each map shows and where it comes from).
    std::set<std::string> gis{"geojson", "qml", "sld", "figures", "gpkg", "provenance"};
    std::string only_map;  // empty: every map
    bool gallery = true;   // index.html, when every map of the atlas is drawn
};

struct BuildResult {
    std::vector<std::filesystem::path> written;
    int maps = 0;
};

// Checks and composes every map first, so that a data error leaves no output at all;
// then writes each file atomically. `progress` is told each file written.
BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder, const BuildOptions& options = {},
                        const std::function<void(const std::filesystem::path&)>& progress = {});

// Joins every map without drawing; returns one line per map describing what it shows.
std::vector<std::string> check_atlas(const Project& project);

}  // namespace bordermap
