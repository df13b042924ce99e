#pragma once
// What the QGIS tests hand to headless QGIS for one shared atlas, and what QGIS reported. The
// inspection runs once per atlas and test run (the CTest fixtures "qgis.<atlas>", the program
// tests/qgis/inspect_atlas.cpp); tests/e2e/test_qgis.cpp reads its report.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace bordermap::test {

// Empty when `import qgis.core` works in Debian's Python; otherwise why it does not.
const std::string& qgis_missing();

// One layer handed to QGIS, and what it stands for.
struct QgisSource {
    enum Kind { MapGeoJson, MapGpkg, FiguresGeoJson, FiguresGpkg, Control };
    Kind kind;
    std::string map;    // the map id or the figures layer name
    std::string label;  // for messages and the summary
    std::string spec;   // what inspect_layers.py is given
};

struct GpkgContents {
    bool opened = false;
    std::vector<std::string> layers;
    std::vector<std::pair<std::string, int>> styles;  // layer_styles: f_table_name, useAsDefault
    std::string styles_error;
};
GpkgContents read_gpkg(const fs::path& path);

// The layers of an atlas's outputs that QGIS is given, in the order of its report: each map's
// GeoJSON and GeoPackage layer, the figures layers, and a control (the first map's GeoJSON without
// its .qml, in `work`/control).
std::vector<QgisSource> qgis_sources(const AtlasCase& atlas, const fs::path& out, const fs::path& work);

// Where the inspection of a shared atlas keeps its work: report.json, inspect.{stdout,stderr,exit}.
fs::path qgis_work_dir(const std::string& atlas);

// Runs inspect_layers.py on the shared atlas's outputs (once per test run).
void inspect_shared_atlas(const AtlasCase& atlas);

struct QgisInspection {
    RunResult inspect;
    nlohmann::json report;
    std::string report_error;  // why the report could not be read
};
// What inspect_shared_atlas left.
QgisInspection read_inspection(const std::string& atlas);

}  // namespace bordermap::test
