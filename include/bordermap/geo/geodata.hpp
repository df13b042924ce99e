#pragma once
// The boundary, river and place features figures are joined to, and the groups of them.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bordermap/geo/geometry.hpp"

namespace bordermap {

enum class FeatureKind { country, admin1, river, place };
const char* to_string(FeatureKind kind);

struct GeoFeature {
    std::string id;        // ISO 3166 code where one exists, else river-*, place-*
    FeatureKind kind = FeatureKind::admin1;
    std::string name_en, name_zh, name_ko;
    std::string country;   // ISO 3166-1 alpha-2 of the country it belongs to ("" for shared rivers)
    Geometry geometry;     // WGS 84 longitude/latitude
    Box box;               // bounds of geometry
};

// A name for several features at once, e.g. the Yalu and the Tumen together.
struct FeatureGroup {
    std::string id;
    std::vector<std::string> members;
    std::string name_en, name_zh, name_ko;
};

// An alternative name from geodata/gazetteer.csv.
struct Alias {
    std::string where;
    std::string id;
    std::string name;
    std::string system;  // wade-giles, postal, zh-hant, ...
    std::string note;
};

struct Geodata {
    std::filesystem::path folder;
    std::vector<GeoFeature> features;
    std::vector<FeatureGroup> groups;
    std::vector<Alias> aliases;

    const GeoFeature* find(const std::string& id) const;
    const FeatureGroup* find_group(const std::string& id) const;
};

// Reads countries.geojson, admin1.geojson, rivers.geojson, places.geojson, groups.csv and
// gazetteer.csv from `folder`. Errors name the file and feature.
Geodata load_geodata(const std::filesystem::path& folder);

}  // namespace bordermap
