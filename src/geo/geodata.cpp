#include "bordermap/geo/geodata.hpp"

#include <array>
#include <set>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/data/table.hpp"
#include "bordermap/geo/gdal_handles.hpp"
#include "bordermap/geo/ogr_geometry.hpp"

namespace bordermap {
namespace {

std::string field(OGRFeatureH feature, const char* name) {
    const int index = OGR_F_GetFieldIndex(feature, name);
    return index >= 0 && OGR_F_IsFieldSetAndNotNull(feature, index) ? OGR_F_GetFieldAsString(feature, index) : "";
}

void load_layer(const std::filesystem::path& file, FeatureKind kind, std::vector<GeoFeature>& out) {
    gdal::Dataset dataset = gdal::open_vector(file.string());
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
    if (!layer) throw DataError(file.string(), "holds no layer", "Rebuild the geodata with scripts/build-geodata.sh.");
    OGR_L_ResetReading(layer);
    long index = 0;
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        const std::string where = file.string() + ": feature " + std::to_string(index++);
        GeoFeature f;
        f.id = field(feature.get(), "id");
        f.kind = kind;
        f.name_en = field(feature.get(), "name_en");
        f.name_zh = field(feature.get(), "name_zh");
        f.name_ko = field(feature.get(), "name_ko");
        f.country = field(feature.get(), "country");
        if (f.id.empty()) throw DataError(where, "has no 'id' property", "Give every geodata feature a stable id.");
        if (f.name_en.empty()) throw DataError(where, "(" + f.id + ") has no 'name_en' property", "Give it an English name.");
        f.geometry = from_ogr(OGR_F_GetGeometryRef(feature.get()));
        if (f.geometry.empty()) throw DataError(where, "(" + f.id + ") has no geometry", "Give it a geometry.");
        f.box = bounds(f.geometry);
        out.push_back(std::move(f));
    }
}

}  // namespace

const char* to_string(FeatureKind kind) {
    switch (kind) {
        case FeatureKind::country: return "country";
        case FeatureKind::admin1: return "admin1";
        case FeatureKind::river: return "river";
        case FeatureKind::place: return "place";
    }
    return "admin1";
}

const GeoFeature* Geodata::find(const std::string& id) const {
    for (const auto& f : features)
        if (f.id == id) return &f;
    return nullptr;
}

const FeatureGroup* Geodata::find_group(const std::string& id) const {
    for (const auto& g : groups)
        if (g.id == id) return &g;
    return nullptr;
}

Geodata load_geodata(const std::filesystem::path& folder) {
    Geodata geodata;
    geodata.folder = folder;
    constexpr std::array<std::pair<const char*, FeatureKind>, 4> layers{{{"countries.geojson", FeatureKind::country},
                                                                        {"admin1.geojson", FeatureKind::admin1},
                                                                        {"rivers.geojson", FeatureKind::river},
                                                                        {"places.geojson", FeatureKind::place}}};
    for (const auto& [file, kind] : layers) load_layer(folder / file, kind, geodata.features);

    std::set<std::string> ids;
    for (const auto& f : geodata.features) {
        if (!ids.insert(f.id).second) {
            throw DataError((folder / "").string(), "the feature id '" + f.id + "' appears twice", "Feature ids must be unique.");
        }
    }

    const Table groups = read_table((folder / "groups.csv").string());
    for (const auto& row : groups.rows) {
        FeatureGroup group{groups.cell(row, "id"), split(groups.cell(row, "members"), ';'), groups.cell(row, "name_en"),
                           groups.cell(row, "name_zh"), groups.cell(row, "name_ko")};
        for (const auto& member : group.members) {
            if (!geodata.find(member)) throw DataError(row.where, "the group member '" + member + "' is not a feature id", "Fix the id.");
        }
        if (!ids.insert(group.id).second) throw DataError(row.where, "the group id '" + group.id + "' is already used", "Rename it.");
        geodata.groups.push_back(std::move(group));
    }

    const Table aliases = read_table((folder / "gazetteer.csv").string());
    for (const auto& row : aliases.rows) {
        Alias alias{row.where, aliases.cell(row, "id"), aliases.cell(row, "name"), aliases.cell(row, "system"),
                    aliases.cell(row, "note")};
        if (!ids.count(alias.id)) {
            throw DataError(row.where, "the name '" + alias.name + "' points to '" + alias.id + "', which is no feature or group",
                            "Use an id from the geodata layers or groups.csv.");
        }
        geodata.aliases.push_back(std::move(alias));
    }
    return geodata;
}

}  // namespace bordermap
