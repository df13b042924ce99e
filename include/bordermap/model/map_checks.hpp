#pragma once
// The checks and completions of one map, whoever declares it: every [[map]] of atlas.toml (so
// `build`, `check`, `export` and `watch`) and the map `render` makes from its options.
#include <functional>
#include <string>
#include <string_view>

#include "bordermap/model/atlas.hpp"

namespace bordermap {

// Where a map's settings are written, for its errors.
struct MapOrigin {
    // The line ("atlas.toml:14") or option ("--palette") a setting is given at; empty when it is
    // not given (then an error about it names the map's own `where`).
    std::function<std::string(std::string_view key)> where_of;
};

// An id that can name output files: lower-case letters, digits, '-' and '_', at most 100 of them.
bool is_safe_id(const std::string& id);

// How a map's look is chosen: the command line's --style, else the map's own `style`, else the
// atlas's; then the atlas's [style] settings over it, then the command line's --set.
struct LookChoice {
    StyleChoice command_line;
    std::string atlas_style = "publication";
    std::string atlas_style_where;                 // where the atlas chose it, for "no such style"
    std::function<void(Style&)> atlas_settings;    // [style]; empty: none
};

// Checks `map` against the atlas and completes it, throwing a DataError at the setting to change:
// a file-safe id; an indicator (a panel's or an indicator series' first when none is given) that
// the atlas declares; a period; breaks for the manual method; a palette that has the classes asked
// for (and an order, when unclassed); a declared population indicator when normalized by one;
// its style; and, when it has none, the title "<indicator label>, <period>".
void complete_map(MapSpec& map, const Atlas& atlas, const MapOrigin& origin, const LookChoice& look);

// The indicators the atlas declares, as a message lists them: "bodies, crossed".
std::string known_indicators(const Atlas& atlas);

}  // namespace bordermap
