#include "bordermap/geo/geodata.hpp"

#include <array>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <toml++/toml.h>

#include "core/toml_file.hpp"

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/data/table.hpp"
#include "bordermap/core/gdal_handles.hpp"
#include "bordermap/geo/ogr_geometry.hpp"

namespace bordermap {
namespace {

// The layers of a geodata folder: load_geodata reads them, geodata_files lists their files.
struct BundledLayer {
    const char* file;
    const char* layer;  // "": the file's only layer
    FeatureKind kind;
};
constexpr std::array<BundledLayer, 4> geodata_layers{{{"world.gpkg", "countries", FeatureKind::country},
                                                      {"world.gpkg", "admin1", FeatureKind::admin1},
                                                      {"rivers.geojson", "", FeatureKind::river},
                                                      {"places.geojson", "", FeatureKind::place}}};
// Natural Earth's other spellings of a bundled feature, ';'-separated (see other_spelling_system).
constexpr const char* other_names_field = "other_names";
constexpr const char* about_file = "about.toml";
constexpr const char* groups_file = "groups.csv";
constexpr const char* gazetteer_file = "gazetteer.csv";

std::string field(OGRFeatureH feature, const std::string& name) {
    const int index = OGR_F_GetFieldIndex(feature, name.c_str());
    return index >= 0 && OGR_F_IsFieldSetAndNotNull(feature, index) ? trim(OGR_F_GetFieldAsString(feature, index)) : "";
}

Validity validity(const std::string& from, const std::string& to, const std::string& where, const std::string& fields) {
    try {
        return Validity::parse(from, to);
    } catch (const std::invalid_argument& e) {
        throw DataError(where, std::string("has bad years of validity: ") + e.what(), "Write " + fields + " as partial ISO dates, e.g. 1954 or 1969-07.");
    }
}

// Reprojects features of a layer in another CRS to WGS 84 longitude/latitude; nothing when it is already.
gdal::Transformation to_wgs84(OGRLayerH layer, const std::string& file) {
    OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer);
    if (!source) return nullptr;
    const gdal::SpatialReference target = gdal::wgs84();
    gdal::SpatialReference copy(OSRClone(source));
    OSRSetAxisMappingStrategy(copy.get(), OAMS_TRADITIONAL_GIS_ORDER);
    if (OSRIsSame(copy.get(), target.get())) return nullptr;
    gdal::Transformation transformation(OCTNewCoordinateTransformation(copy.get(), target.get()));
    if (!transformation) {
        throw DataError(file, "has a coordinate reference system that cannot be converted to WGS 84",
                        "Save the layer in EPSG:4326 (QGIS: Export > Save Features As).");
    }
    return transformation;
}

struct LayerRead {
    std::filesystem::path file;
    std::string layer_name;
    FeatureKind kind;
    std::string id_field = "id", name_field = "name_en";
    std::optional<Validity> valid;  // for every feature; else from valid_from / valid_to
    std::size_t layer_index = 0;
};

// Reads a layer's features into `out`, and their other_names (if it has the field) into `aliases`.
void load_layer(const LayerRead& read, std::vector<GeoFeature>& out, std::vector<Alias>* aliases = nullptr) {
    const std::string file = read.file.string();
    gdal::Dataset dataset = gdal::open_vector(file);
    OGRLayerH layer = read.layer_name.empty() ? GDALDatasetGetLayer(dataset.get(), 0)
                                              : GDALDatasetGetLayerByName(dataset.get(), read.layer_name.c_str());
    if (!layer) {
        throw DataError(file, read.layer_name.empty() ? "holds no layer" : "has no layer '" + read.layer_name + "'",
                        read.layer_name.empty() ? "Give a file with features." : "Name one of its layers (ogrinfo lists them).");
    }
    const gdal::Transformation transformation = to_wgs84(layer, file);
    OGR_L_ResetReading(layer);
    long index = 0;
    std::map<std::string, std::vector<std::pair<Validity, std::string>>> seen;  // id -> years, where
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        const std::string where = file + (read.layer_name.empty() ? "" : " layer " + read.layer_name) + ": feature " + std::to_string(index++);
        GeoFeature f;
        f.id = field(feature.get(), read.id_field);
        f.kind = read.kind;
        f.name_en = field(feature.get(), read.name_field);
        f.name_zh = field(feature.get(), "name_zh");
        f.name_ko = field(feature.get(), "name_ko");
        f.country = field(feature.get(), "country");
        f.layer = read.layer_index;
        f.names_from_natural_earth = field(feature.get(), "names_from") == "natural-earth";
        if (f.id.empty()) throw DataError(where, "has no '" + read.id_field + "' property", "Give every feature a stable id.");
        if (f.name_en.empty()) throw DataError(where, "(" + f.id + ") has no '" + read.name_field + "' property", "Give it an English name.");
        f.valid = read.valid ? *read.valid
                             : validity(field(feature.get(), "valid_from"), field(feature.get(), "valid_to"), where + " (" + f.id + ")",
                                        "valid_from and valid_to");
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
        if (geometry && transformation && OGR_G_Transform(geometry, transformation.get()) != OGRERR_NONE) {
            throw DataError(where, "(" + f.id + ") cannot be converted to WGS 84", "Check the layer's coordinate reference system.");
        }
        f.geometry = from_ogr(geometry);
        if (f.geometry.empty()) throw DataError(where, "(" + f.id + ") has no geometry", "Give it a polygon, line or point.");
        f.box = bounds(f.geometry);
        // Within one layer an id may repeat only for other years (a unit before and after a change).
        for (const auto& [other, other_where] : seen[f.id]) {
            if (other.overlaps(f.valid)) {
                throw DataError(where, "the id '" + f.id + "' is already used by " + other_where + " for overlapping years",
                                "Give each feature its own id, or set valid_from / valid_to so their years do not overlap.");
            }
        }
        seen[f.id].emplace_back(f.valid, where);
        if (aliases) {
            for (const std::string& name : split(field(feature.get(), other_names_field), ';'))
                if (!trim(name).empty()) aliases->push_back({where, f.id, trim(name), other_spelling_system, "", Validity{}, false});
        }
        out.push_back(std::move(f));
    }
}

// about.toml: the bundled lines' title and version, and the boundary changes they do not show.
void read_about(const std::filesystem::path& file, Geodata& geodata) {
    if (!std::filesystem::exists(file)) return;
    const toml::table document = read_toml_file(file);
    if (auto title = document["title"].value<std::string>()) geodata.layers.front().title = *title;
    if (auto version = document["version"].value<std::string>()) geodata.version = *version;
    const toml::array* list = document["change"].as_array();
    if (!list) return;
    for (const auto& node : *list) {
        const toml::table* t = node.as_table();
        const std::string where = at_line(file.string(), static_cast<long>(node.source().begin.line));
        if (!t) throw DataError(where, "a change must be a table", "Write it as [[change]].");
        BoundaryChange change{where, Period::parse("1900"), {}, t->get_as<std::string>("what") ? **t->get_as<std::string>("what") : ""};
        try {
            change.date = Period::parse(t->get_as<std::string>("date") ? **t->get_as<std::string>("date") : "");
        } catch (const std::invalid_argument& e) {
            throw DataError(where, std::string("has a bad date: ") + e.what(), "Write date = \"1969\".");
        }
        if (const toml::array* ids = (*t)["ids"].as_array())
            for (const auto& id : *ids)
                if (auto text = id.value<std::string>()) change.ids.push_back(*text);
        if (change.ids.empty()) throw DataError(where, "a change names no features", "Add ids = [\"CN-JL\", ...].");
        geodata.changes.push_back(std::move(change));
    }
}

void check_ids(const Geodata& geodata, const std::string& where, const std::string& id, const std::string& what) {
    if (!geodata.find(id) && !geodata.find_group(id)) {
        throw DataError(where, what + " '" + id + "', which is no feature or group",
                        "Use an id from the geodata layers, groups.csv or the atlas's own layers.");
    }
}

void read_names(Geodata& geodata, const Table& table) {
    for (const auto& row : table.rows) {
        Alias alias{row.where, table.cell(row, "id"), table.cell(row, "name"), table.cell(row, "system"), table.cell(row, "note"),
                    validity(table.cell(row, "from"), table.cell(row, "to"), row.where, "from and to")};
        const std::string kind = table.cell(row, "kind");
        if (kind != "" && kind != "name" && kind != "part") {
            throw DataError(row.where, "kind '" + kind + "' is not known", "Write name (another name of the feature) or part (a unit it stands for).");
        }
        alias.part = kind == "part";
        if (alias.name.empty()) throw DataError(row.where, "has no name", "Write the name in the 'name' column, or remove the row.");
        check_ids(geodata, row.where, alias.id, "the name '" + alias.name + "' points to");
        geodata.aliases.push_back(std::move(alias));
    }
}

}  // namespace

const GeoFeature* Geodata::find(const std::string& id) const {
    for (const auto& f : features)
        if (f.id == id) return &f;
    return nullptr;
}

namespace {

// Of the boundaries of one id valid in a period: the one covering most of it, a dated one before
// an undated one, then the later layer (an atlas's before the bundled one), then the later feature.
void keep_better(const GeoFeature*& best, const GeoFeature& f, const Period& period) {
    if (f.valid.days_within(period) == 0) return;
    auto rank = [&](const GeoFeature& g) { return std::tuple{g.valid.days_within(period), g.valid.dated(), g.layer}; };
    if (!best || rank(f) >= rank(*best)) best = &f;
}

}  // namespace

const GeoFeature* Geodata::find(const std::string& id, const Period& period) const {
    const GeoFeature* best = nullptr;
    for (const auto& f : features)
        if (f.id == id) keep_better(best, f, period);
    return best;
}

std::vector<const GeoFeature*> Geodata::in_effect(const Period& period) const {
    // One pass, not a find() per id: a world's 4,500 units are drawn and named on every map.
    std::vector<const GeoFeature*> chosen;  // per id, in the order ids first appear
    std::unordered_map<std::string_view, std::size_t> slot_of;
    for (const auto& f : features) {
        const auto [slot, inserted] = slot_of.emplace(f.id, chosen.size());
        if (inserted) chosen.push_back(nullptr);
        keep_better(chosen[slot->second], f, period);
    }
    std::erase(chosen, nullptr);
    return chosen;
}

const FeatureGroup* Geodata::find_group(const std::string& id) const {
    for (const auto& g : groups)
        if (g.id == id) return &g;
    return nullptr;
}

Geodata load_geodata(const std::filesystem::path& folder) {
    Geodata geodata;
    geodata.folder = folder;
    geodata.layers.push_back({folder.string(), {}, "Natural Earth 1:10m", true});
    for (const auto& layer : geodata_layers)
        load_layer({folder / layer.file, layer.layer, layer.kind, "id", "name_en", std::nullopt, 0}, geodata.features, &geodata.aliases);

    std::set<std::string> ids;
    for (const auto& f : geodata.features) {
        if (!ids.insert(f.id).second) {
            throw DataError((folder / "").string(), "the feature id '" + f.id + "' appears twice", "Feature ids must be unique.");
        }
    }

    read_about(folder / about_file, geodata);

    const Table groups = read_table((folder / groups_file).string());
    for (const auto& row : groups.rows) {
        FeatureGroup group{groups.cell(row, "id"), split(groups.cell(row, "members"), ';'), groups.cell(row, "name_en"),
                           groups.cell(row, "name_zh"), groups.cell(row, "name_ko")};
        for (const auto& member : group.members) {
            if (!geodata.find(member)) throw DataError(row.where, "the group member '" + member + "' is not a feature id", "Fix the id.");
        }
        if (!ids.insert(group.id).second) throw DataError(row.where, "the group id '" + group.id + "' is already used", "Rename it.");
        geodata.groups.push_back(std::move(group));
    }
    for (const auto& change : geodata.changes)
        for (const auto& id : change.ids) check_ids(geodata, change.where, id, "the change names");

    read_names(geodata, read_table((folder / gazetteer_file).string()));
    geodata.bundled_aliases = geodata.aliases.size();
    geodata.bundled_groups = geodata.groups.size();
    return geodata;
}

std::vector<std::filesystem::path> geodata_files(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& layer : geodata_layers)
        if (files.empty() || files.back() != folder / layer.file) files.push_back(folder / layer.file);
    for (const char* file : {about_file, groups_file, gazetteer_file}) files.push_back(folder / file);
    return files;
}

void add_user_layer(Geodata& geodata, const UserLayer& layer) {
    geodata.layers.push_back({layer.where, layer.path, layer.title.empty() ? layer.path.filename().string() : layer.title, false});
    LayerRead read{layer.path, layer.layer, layer.kind, layer.id_field, layer.name_field, std::nullopt, geodata.layers.size() - 1};
    if (layer.valid.dated()) read.valid = layer.valid;
    try {
        load_layer(read, geodata.features);
    } catch (const DataError& e) {
        throw DataError(e.where(), e.problem() + " (boundary layer declared at " + layer.where + ")", e.fix(), e.code());
    }
}

void add_user_names(Geodata& geodata, const std::filesystem::path& table, const std::string& layer) {
    read_names(geodata, read_table(table.string(), layer));
}

}  // namespace bordermap
