#pragma once
// Where the data bordermap ships with lives: geodata, styles and the example atlas.
#include <filesystem>
#include <string>

namespace bordermap {

// `relative` within the bundled data: beside an installed binary (PREFIX/share/bordermap), else
// the source tree bordermap was built from.
std::filesystem::path bundled_path(const std::string& relative);

}  // namespace bordermap
