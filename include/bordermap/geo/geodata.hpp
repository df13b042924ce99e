#pragma once
// The boundary, river and place features figures are joined to, and the groups of them.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bordermap/core/names_of.hpp"
#include "bordermap/data/period.hpp"
#include "bordermap/data/validity.hpp"
#include "bordermap/geo/geometry.hpp"

namespace bordermap {

enum class FeatureKind { country, admin1, river, place };
inline constexpr auto feature_kind_names = names_of<FeatureKind>(
    {{"country", FeatureKind::country}, {"admin1", FeatureKind::admin1}, {"river", FeatureKind::river}, {"place", FeatureKind::place}});

struct GeoFeature {
    std::string id;        // ISO 3166 code where one exists, else river-*, place-*
    FeatureKind kind = FeatureKind::admin1;
    std::string name_en, name_zh, name_ko;
    std::string country;   // ISO 3166-1 alpha-2 of the country it belongs to ("" for shared rivers)
    Geometry geometry;     // WGS 84 longitude/latitude
    Box box;               // bounds of geometry
    Validity valid;        // the years its boundary holds for; undated: the geodata's own date
    std::size_t layer = 0; // index into Geodata::layers
    // Its names are Natural Earth's as they come (a unit of the world), not kept by the project.
    bool names_from_natural_earth = false;
};

// Where features came from: the bundled geodata or a layer the atlas adds.
struct LayerInfo {
    std::string where;   // the geodata folder, or the atlas line declaring the layer
    std::filesystem::path file;  // atlas layers: the file read
    std::string title;   // named in maps' notes: "Natural Earth 1:10m"
    bool bundled = true;
};

// A documented change of boundaries the geodata does not show (its lines are of another date).
struct BoundaryChange {
    std::string where;
    Period date = Period::parse("1900");
    std::vector<std::string> ids;  // the features whose boundaries changed
    std::string what;
};

// A boundary layer an atlas adds (any file GDAL reads): new features, or other boundaries of
// bundled ones for the years they held.
struct UserLayer {
    std::string where;  // the atlas line declaring it
    std::filesystem::path path;
    std::string layer;  // empty: the first
    std::string title;
    FeatureKind kind = FeatureKind::admin1;
    std::string id_field = "id", name_field = "name_en";
    Validity valid;     // for every feature; else each feature's valid_from / valid_to fields
};

// A name for several features at once, e.g. the Yalu and the Tumen together.
struct FeatureGroup {
    std::string id;
    std::vector<std::string> members;
    std::string name_en, name_zh, name_ko;
};

// An alternative name from geodata/gazetteer.csv or an atlas's own names.
struct Alias {
    std::string where;
    std::string id;
    std::string name;
    std::string system;  // the writing system: pinyin, wade-giles, postal, zh-hans, ko-hangul, ...
    std::string note;
    Validity in_use;     // the years the name was used (from/to columns), undated when unknown
    // "name": another name of the feature itself, which may label it. "part": a former or
    // smaller unit the feature stands for (Liaodong province for Liaoning): joins, never labels.
    bool part = false;
};

// The writing system of the other spellings Natural Earth gives a bundled feature (its GeoNames and
// Where-On-Earth names): they resolve figures when no other name does, and never label.
inline constexpr const char* other_spelling_system = "natural-earth";

struct Geodata {
    std::filesystem::path folder;
    std::string version;                  // of the bundled lines: "4.1.0"
    std::vector<LayerInfo> layers;        // [0]: the bundled geodata
    std::vector<GeoFeature> features;     // an id appears more than once only with other years
    std::vector<FeatureGroup> groups;
    std::vector<Alias> aliases;
    std::vector<BoundaryChange> changes;  // from about.toml
    // Aliases and groups before these indices are the bundled geodata's; after, the atlas's own.
    std::size_t bundled_aliases = 0, bundled_groups = 0;

    // The feature of this id any period uses first (the bundled one where there is one).
    const GeoFeature* find(const std::string& id) const;
    // The feature of this id a map of `period` draws: the one whose years cover most of the
    // period, a dated one before an undated one, an atlas layer's before the bundled one.
    const GeoFeature* find(const std::string& id, const Period& period) const;
    // Every feature as a map of `period` draws it: one per id, chosen as find(id, period) does.
    std::vector<const GeoFeature*> in_effect(const Period& period) const;
    const FeatureGroup* find_group(const std::string& id) const;
};

// Reads countries.geojson, admin1.geojson, rivers.geojson, places.geojson, groups.csv,
// gazetteer.csv and about.toml from `folder`. Errors name the file and feature.
Geodata load_geodata(const std::filesystem::path& folder);
// The files load_geodata reads from `folder`.
std::vector<std::filesystem::path> geodata_files(const std::filesystem::path& folder);

// Adds an atlas's boundary layer, reprojected to WGS 84. Its ids may repeat bundled ones
// (other boundaries of the same unit) but not each other within the years they hold.
void add_user_layer(Geodata& geodata, const UserLayer& layer);
// Adds an atlas's own names (a table with the gazetteer's columns: id, name, system, from, to, note).
void add_user_names(Geodata& geodata, const std::filesystem::path& table, const std::string& layer = {});

}  // namespace bordermap
