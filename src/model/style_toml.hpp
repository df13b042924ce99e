#pragma once
// Internal: applying a TOML table of style settings (a style file, an atlas's [style] section).
#include <string>
#include <toml++/toml.h>

#include "bordermap/model/style.hpp"

namespace bordermap {

// `file` names the table's origin in errors (with the node's line).
void apply_style_table(Style& style, const toml::table& table, const std::string& file);

}  // namespace bordermap
