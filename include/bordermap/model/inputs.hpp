#pragma once
// The files an atlas is made from, for tools that rebuild it when one of them changes.
#include <filesystem>
#include <vector>

#include "bordermap/model/atlas.hpp"

namespace bordermap {

// The atlas file `path` names: the file itself, or atlas.toml in the folder it names.
std::filesystem::path atlas_file(const std::filesystem::path& path);

// Every file a build of `atlas` reads, each once, in a stable order: atlas.toml, the figures
// and sources tables, the atlas's gazetteer and boundary layers (with the companion files GDAL
// reads beside them, such as a shapefile's .shx and .dbf), the geodata folder's files and the
// style file of each map. Files need not exist: a missing one is an input still.
std::vector<std::filesystem::path> atlas_inputs(const Atlas& atlas);

}  // namespace bordermap
