#pragma once
// An atlas: the figures, sources, geodata and the maps to make of them (atlas.toml).
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bordermap/geo/geodata.hpp"
#include "bordermap/model/map_spec.hpp"

namespace bordermap {

// A declared relation between indicators, checked for every region and period that has them
// all: `whole` equals the sum of `parts` ("sum"), or is at least that sum ("at_most": the parts
// account for at most the whole, e.g. returned + sent back + remaining <= crossings).
// Between regions instead: the figure of `whole_region` equals the sum of its `part_regions`'
// (by default a group's members), for each of `indicators` (all when empty), period by period.
struct Relation {
    std::string where;
    std::string whole;
    std::vector<std::string> parts;
    std::string whole_region;
    std::vector<std::string> part_regions;
    std::vector<std::string> indicators;
    bool between_regions() const { return !whole_region.empty(); }
    enum class Kind { sum, at_most } kind = Kind::sum;
    double tolerance = 0;  // relative: 0.01 lets the sum differ from the whole by 1%
};
inline constexpr auto relation_kind_names = names_of<Relation::Kind>({{"sum", Relation::Kind::sum}, {"at_most", Relation::Kind::at_most}});

// A group the atlas declares ([[group]]): one figure for several regions at once ("Liaoning and
// Jilin"), beside the geodata's groups.csv.
struct GroupDeclaration {
    std::string where;
    std::string id, name_en, name_zh, name_ko;
    std::vector<std::string> names;    // other spellings the figures table may use
    std::vector<std::string> members;  // as written: any name of a feature or group the atlas knows
};

struct Atlas {
    std::filesystem::path file;    // the atlas.toml
    std::filesystem::path folder;  // relative paths are taken from here
    std::string title;
    TableRef figures, sources;
    std::filesystem::path geodata;
    std::optional<TableRef> gazetteer;    // the atlas's own names, added to the geodata's
    std::vector<UserLayer> boundaries;    // the atlas's own boundary layers ([[boundaries]])
    std::map<std::string, Indicator> indicators;
    bool indicators_from_figures = false;  // `render`: every indicator in the table is known
    int geojson_precision = 6;             // decimals of GeoJSON coordinates (6: about 0.1 m)
    std::vector<MapSpec> maps;
    std::vector<Relation> relations;
    std::vector<GroupDeclaration> groups;
    std::string settings_digest;  // SHA-256 of [atlas] and [indicators] as the TOML reader formats them
};

// What the command line says about the maps' look: a style for every map, and single settings.
struct StyleChoice {
    std::string style;                  // empty: each map's own, else the atlas's, else "publication"
    std::vector<std::string> settings;  // "text.title_pt=14", applied last
};

// `path` is an atlas file or a folder holding atlas.toml. Errors name the file and line.
Atlas load_atlas(const std::filesystem::path& path, const StyleChoice& choice = {});

}  // namespace bordermap
