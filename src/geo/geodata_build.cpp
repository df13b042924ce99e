#include "bordermap/geo/geodata_build.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/data/table.hpp"
#include "bordermap/geo/vector_writer.hpp"
#include "bordermap/core/gdal_handles.hpp"
#include "bordermap/geo/ogr_geometry.hpp"

namespace bordermap {
namespace {

// Coordinates are rounded to a binary grid of 2^-16 degree (under 2 m): far finer than a 1:10m
// line, and the rounded doubles compress well in the repository. Neighbours keep their shared
// vertices, since both round alike.
constexpr double grid_degrees = 1.0 / 65536.0;

double squared_distance(XY a, XY b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

double mean_longitude(const Path& path) {
    double sum = 0;
    for (const auto& p : path) sum += p.x;
    return path.empty() ? 0 : sum / static_cast<double>(path.size());
}

double path_length_km(const Path& path) {
    double total = 0;
    for (std::size_t i = 1; i < path.size(); ++i) total += great_circle_km(path[i - 1], path[i]);
    return total;
}

double length_km(const Geometry& lines) {
    double total = 0;
    for (const auto& part : lines.parts) total += path_length_km(part.front());
    return total;
}

// Lines two polygons share. Natural Earth's generalised countries share their vertices, but a
// small snapping tolerance keeps this working if a future release does not.
Geometry shared_boundary(const geos::Context& context, const Geometry& a, const Geometry& b) {
    GEOSContextHandle_t ctx = context.handle();
    auto ga = geos::to_geos(context, a), gb = geos::to_geos(context, b);
    auto boundary_a = geos::own(context, GEOSBoundary_r(ctx, ga.get()), "Boundary");
    auto boundary_b = geos::own(context, GEOSBoundary_r(ctx, gb.get()), "Boundary");
    auto common = geos::own(context, GEOSIntersection_r(ctx, boundary_a.get(), boundary_b.get()), "Intersection");
    auto merged = geos::own(context, GEOSLineMerge_r(ctx, common.get()), "LineMerge");
    double length = 0;
    GEOSLength_r(ctx, merged.get(), &length);
    if (length < 1e-6) {
        auto near_b = geos::own(context, GEOSBuffer_r(ctx, boundary_b.get(), 1e-4, 2), "Buffer");
        common = geos::own(context, GEOSIntersection_r(ctx, boundary_a.get(), near_b.get()), "Intersection");
        merged = geos::own(context, GEOSLineMerge_r(ctx, common.get()), "LineMerge");
    }
    Geometry lines = geos::from_geos(context, merged.get());
    if (lines.type != GeometryType::line) lines.parts.clear();
    return lines;
}

// Orients a path so that it starts at its end nearer to `origin` (rivers run downstream).
void orient_from(Path& path, XY origin) {
    if (!path.empty() && squared_distance(path.back(), origin) < squared_distance(path.front(), origin)) {
        std::reverse(path.begin(), path.end());
    }
}

Geometry merge_lines(const geos::Context& context, const Geometry& lines) {
    if (lines.empty()) return lines;
    auto g = geos::to_geos(context, lines);
    auto merged = geos::own(context, GEOSLineMerge_r(context.handle(), g.get()), "LineMerge");
    return geos::from_geos(context, merged.get());
}

void sort_by_id(std::vector<OutputFeature>& features) {
    std::sort(features.begin(), features.end(), [](const OutputFeature& a, const OutputFeature& b) {
        return std::get<std::string>(a.values[0]) < std::get<std::string>(b.values[0]);
    });
}

struct NamedRow {
    std::string where, id, name_en, name_zh, name_ko;
};

NamedRow named_row(const Table& table, const TableRow& row) {
    for (const char* column : {"id", "name_en", "name_zh", "name_ko"}) table.require(column);
    return {row.where, table.cell(row, "id"), table.cell(row, "name_en"), table.cell(row, "name_zh"), table.cell(row, "name_ko")};
}

// A cell of a column the table must have.
std::string column_value(const Table& table, const TableRow& row, const char* column) {
    table.require(column);
    return table.cell(row, column);
}

std::string sql_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += (c == '\'') ? std::string("''") : std::string(1, c);
    return out + "'";
}

Geometry read_one(OGRLayerH layer, const std::string& filter, const std::string& where, const std::string& path) {
    OGR_L_SetAttributeFilter(layer, filter.c_str());
    OGR_L_ResetReading(layer);
    gdal::Feature feature(OGR_L_GetNextFeature(layer));
    if (!feature) {
        throw DataError(where, "no Natural Earth feature matches " + filter + " in " + path,
                        "Check the name against `ogrinfo` of the Natural Earth file, or update the table.");
    }
    return from_ogr(OGR_F_GetGeometryRef(feature.get()));
}

const std::vector<OutputField> feature_fields{{"id", FieldType::text},      {"kind", FieldType::text},
                                              {"name_en", FieldType::text}, {"name_zh", FieldType::text},
                                              {"name_ko", FieldType::text}, {"country", FieldType::text}};

OutputFeature output_feature(Geometry geometry, const NamedRow& row, const char* kind, const std::string& country) {
    return {std::move(geometry), {row.id, std::string(kind), row.name_en, row.name_zh, row.name_ko, country}};
}

std::string field_text(OGRFeatureH feature, const char* name) {
    const int index = OGR_F_GetFieldIndex(feature, name);
    return index >= 0 && OGR_F_IsFieldSetAndNotNull(feature, index) ? trim(OGR_F_GetFieldAsString(feature, index)) : "";
}

// Rounded to the grid, valid (GEOS snap-rounding); a sliver that vanishes leaves nothing.
Geometry on_grid(const geos::Context& context, const Geometry& geometry) {
    auto g = geos::to_geos(context, geometry);
    auto rounded = geos::own(context, GEOSGeom_setPrecision_r(context.handle(), g.get(), grid_degrees, 0), "SetPrecision");
    Geometry out = geos::from_geos(context, rounded.get());
    if (out.type != geometry.type) out.parts.clear();
    return out;
}

// Rows of a hand-kept table by the Natural Earth key they select.
std::map<std::string, NamedRow> rows_by_key(const Table& table, const std::vector<const char*>& key_columns) {
    std::map<std::string, NamedRow> rows;
    for (const auto& row : table.rows) {
        std::string key;
        for (const char* column : key_columns) key += column_value(table, row, column) + "|";
        if (!rows.emplace(key, named_row(table, row)).second) {
            throw DataError(row.where, "selects a Natural Earth feature another row already selects", "Keep one row per feature.");
        }
    }
    return rows;
}

// A hand-kept row must select a feature: a row that selects none is a typo or a renamed unit.
void require_all_matched(const std::map<std::string, NamedRow>& rows, const std::set<std::string>& matched) {
    for (const auto& [key, row] : rows) {
        if (!matched.count(key)) {
            throw DataError(row.where, "no Natural Earth feature matches " + key.substr(0, key.size() - 1),
                            "Check the name against `ogrinfo` of the Natural Earth file, or update the table.");
        }
    }
}

const std::vector<OutputField> world_fields = [] {
    auto fields = feature_fields;
    fields.push_back({"other_names", FieldType::text});  // Natural Earth's other spellings, ';'-separated
    fields.push_back({"names_from", FieldType::text});   // bordermap (kept by hand) or natural-earth
    return fields;
}();

// Natural Earth's other spellings of a unit: its GeoNames and Where-On-Earth names, and the first
// part of its label ("Bavaria" of "Bavaria, DE, Germany"), without the name already used.
std::string other_names(OGRFeatureH feature, const std::string& name) {
    std::vector<std::string> names;
    const std::string label = field_text(feature, "woe_label");
    for (const std::string& other : {field_text(feature, "name"), field_text(feature, "woe_name"), field_text(feature, "gn_name"),
                                     label.substr(0, label.find(','))}) {
        const std::string text = trim(other);
        if (!text.empty() && text != name && std::find(names.begin(), names.end(), text) == names.end()) names.push_back(text);
    }
    std::string joined;
    for (const auto& n : names) joined += (joined.empty() ? "" : ";") + n;
    return joined;
}

// Every country of the world: ISO 3166-1 alpha-2 ids; names from country_ids.csv where it has a row.
VectorLayer world_countries(const geos::Context& context, OGRLayerH layer, const Table& hand_rows) {
    const auto named = rows_by_key(hand_rows, {"ne_iso_a3"});
    VectorLayer countries{"countries", GeometryType::polygon, world_fields, {}};
    std::set<std::string> matched;
    OGR_L_SetAttributeFilter(layer, nullptr);
    OGR_L_ResetReading(layer);
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        const std::string iso2 = field_text(feature.get(), "iso_a2"), name = field_text(feature.get(), "NAME");
        const auto hand = named.find(field_text(feature.get(), "ISO_A3") + "|");
        if (hand != named.end()) matched.insert(hand->first);
        // The QGIS copy has two countries without a name: Tokelau, and one multi-polygon of every
        // area without an ISO code (Somaliland, Northern Cyprus, ...). Both stay first-level units.
        if (hand == named.end() && (name.empty() || iso2.size() != 2)) continue;
        NamedRow row = hand != named.end() ? hand->second : NamedRow{"", iso2, name, "", ""};
        Geometry geometry = on_grid(context, from_ogr(OGR_F_GetGeometryRef(feature.get())));
        if (geometry.empty()) continue;
        OutputFeature out = output_feature(std::move(geometry), row, "country", row.id);
        out.values.emplace_back(row.name_en == name ? "" : name);
        out.values.emplace_back(hand != named.end() ? "bordermap" : "natural-earth");
        countries.features.push_back(std::move(out));
    }
    require_all_matched(named, matched);
    return countries;
}

// The id of a unit without an ISO 3166-2 code in the source: its country's alpha-2 code (else the
// Natural Earth country code), a dash, and its name as lower-case ASCII ("US-texas", "DE-bayern").
// Lower case tells these ids from ISO codes. Two units of one name in one country get their FIPS
// code, else their place in the source ("IE-cork-ei04"); see geodata/README.md.
std::string scheme_id(OGRFeatureH feature, const std::string& name) {
    std::string country = field_text(feature, "iso_a2");
    if (country.size() != 2 || !std::isalpha(static_cast<unsigned char>(country[0]))) country = field_text(feature, "adm0_a3");
    return country + "-" + slug(without_diacritics(name));
}

// Every first-level unit of the world; ids and names from admin1_ids.csv where it has a row.
VectorLayer world_admin1(const geos::Context& context, OGRLayerH layer, const Table& hand_rows) {
    const auto named = rows_by_key(hand_rows, {"ne_adm0_a3", "ne_name"});
    VectorLayer admin1{"admin1", GeometryType::polygon, world_fields, {}};
    std::map<std::string, std::vector<std::size_t>> by_id;  // scheme id -> features that have it
    std::vector<std::string> fips;
    std::set<std::string> matched;
    OGR_L_SetAttributeFilter(layer, nullptr);
    OGR_L_ResetReading(layer);
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        std::string name = field_text(feature.get(), "name");
        for (const char* other : {"woe_name", "gn_name"})
            if (name.empty()) name = field_text(feature.get(), other);
        const std::string country_name = field_text(feature.get(), "admin");
        if (name.empty()) name = country_name + " " + std::to_string(OGR_F_GetFID(feature.get()));
        const auto hand = named.find(field_text(feature.get(), "adm0_a3") + "|" + field_text(feature.get(), "name") + "|");
        const bool by_hand = hand != named.end();
        if (by_hand) matched.insert(hand->first);
        NamedRow row = by_hand ? hand->second : NamedRow{"", scheme_id(feature.get(), name), name, "", ""};
        Geometry geometry = on_grid(context, from_ogr(OGR_F_GetGeometryRef(feature.get())));
        if (geometry.empty()) continue;
        std::string country = by_hand ? row.id.substr(0, 2) : row.id.substr(0, row.id.find('-'));
        OutputFeature out = output_feature(std::move(geometry), row, "admin1", country);
        out.values.emplace_back(other_names(feature.get(), row.name_en));
        out.values.emplace_back(by_hand ? "bordermap" : "natural-earth");
        if (!by_hand) by_id[row.id].push_back(admin1.features.size());
        fips.push_back(lowercase_ascii(field_text(feature.get(), "fips")));
        admin1.features.push_back(std::move(out));
    }
    require_all_matched(named, matched);
    for (const auto& [id, indices] : by_id) {
        if (indices.size() < 2) continue;
        std::set<std::string> distinct_fips;
        for (std::size_t i : indices) distinct_fips.insert(fips[i]);
        const bool fips_tell_apart = distinct_fips.size() == indices.size() && !distinct_fips.count("");
        for (std::size_t n = 0; n < indices.size(); ++n) {
            admin1.features[indices[n]].values[0] = id + "-" + (fips_tell_apart ? fips[indices[n]] : std::to_string(n + 1));
        }
    }
    return admin1;
}

}  // namespace

BorderRivers derive_border_rivers(const geos::Context& context, const Geometry& china, const Geometry& north_korea,
                                  const Geometry& russia, XY divide) {
    Geometry border = shared_boundary(context, china, north_korea);
    if (border.empty()) throw std::runtime_error("China and North Korea share no boundary in the geodata");

    // The vertex nearest the divide splits the border into its two rivers.
    std::size_t best_part = 0, best_vertex = 0;
    double best = INFINITY;
    for (std::size_t i = 0; i < border.parts.size(); ++i) {
        const Path& path = border.parts[i].front();
        for (std::size_t j = 0; j < path.size(); ++j) {
            if (const double d = squared_distance(path[j], divide); d < best) {
                best = d;
                best_part = i;
                best_vertex = j;
            }
        }
    }
    std::vector<Path> pieces;
    for (std::size_t i = 0; i < border.parts.size(); ++i) {
        const Path& path = border.parts[i].front();
        if (i != best_part) {
            pieces.push_back(path);
            continue;
        }
        if (best_vertex > 0) pieces.emplace_back(path.begin(), path.begin() + static_cast<long>(best_vertex) + 1);
        if (best_vertex + 1 < path.size()) pieces.emplace_back(path.begin() + static_cast<long>(best_vertex), path.end());
    }

    BorderRivers rivers;
    rivers.yalu.type = rivers.tumen.type = GeometryType::line;
    for (auto& piece : pieces) {
        orient_from(piece, divide);
        (mean_longitude(piece) < divide.x ? rivers.yalu : rivers.tumen).parts.push_back({piece});
    }
    if (!russia.empty()) {
        // The Tumen's last reach is North Korea's border with Russia.
        for (auto& part : shared_boundary(context, north_korea, russia).parts) rivers.tumen.parts.push_back(part);
        rivers.tumen = merge_lines(context, rivers.tumen);
        for (auto& part : rivers.tumen.parts) orient_from(part.front(), divide);
    }
    return rivers;
}

GeodataBuildSummary build_geodata(const std::filesystem::path& natural_earth, const std::filesystem::path& geodata_folder,
                                  const std::filesystem::path& output_folder) {
    const geos::Context context;
    gdal::Dataset source = gdal::open_vector(natural_earth.string());
    OGRLayerH countries_layer = GDALDatasetGetLayerByName(source.get(), "countries");
    OGRLayerH states_layer = GDALDatasetGetLayerByName(source.get(), "states_provinces");
    if (!countries_layer || !states_layer) {
        throw DataError(natural_earth.string(), "has no 'countries' and 'states_provinces' layers",
                        "Use world_map.gpkg from Debian's qgis-common package.");
    }
    GeodataBuildSummary summary;

    // The rivers are derived from the source's own lines, before they are rounded to the grid.
    const auto country = [&](const char* iso3) {
        return read_one(countries_layer, std::string("ISO_A3 = ") + sql_quote(iso3), natural_earth.string(), natural_earth.string());
    };
    const Geometry china = country("CHN"), north_korea = country("PRK"), russia = country("RUS");
    VectorLayer countries = world_countries(context, countries_layer, read_table((geodata_folder / "sources" / "country_ids.csv").string()));
    VectorLayer admin1 = world_admin1(context, states_layer, read_table((geodata_folder / "sources" / "admin1_ids.csv").string()));

    const BorderRivers derived = derive_border_rivers(context, china, north_korea, russia);
    summary.yalu_km = length_km(derived.yalu);
    summary.tumen_km = length_km(derived.tumen);
    VectorLayer rivers{"rivers", GeometryType::line, feature_fields, {}};
    rivers.features.push_back(output_feature(derived.tumen, {"", "river-tumen", "Tumen", "图们江", "두만강"}, "river", ""));
    rivers.features.push_back(output_feature(derived.yalu, {"", "river-yalu", "Yalu", "鸭绿江", "압록강"}, "river", ""));

    VectorLayer places{"places", GeometryType::point, feature_fields, {}};
    places.fields.push_back({"admin1", FieldType::text});
    places.fields.push_back({"role", FieldType::text});
    const Table place_rows = read_table((geodata_folder / "places.csv").string());
    for (const auto& row : place_rows.rows) {
        const auto lon = parse_number(column_value(place_rows, row, "lon"));
        const auto lat = parse_number(column_value(place_rows, row, "lat"));
        if (!lon || !lat || *lon < -180 || *lon > 180 || *lat < -90 || *lat > 90) {
            throw DataError(row.where, "has no valid lon/lat", "Write decimal degrees, longitude then latitude.");
        }
        Geometry point{GeometryType::point, {{{XY{*lon, *lat}}}}};
        OutputFeature feature = output_feature(std::move(point), named_row(place_rows, row), "place",
                                               column_value(place_rows, row, "country"));
        feature.values.emplace_back(column_value(place_rows, row, "admin1"));
        feature.values.emplace_back(column_value(place_rows, row, "role"));
        places.features.push_back(std::move(feature));
    }

    ensure_folder(output_folder);
    for (VectorLayer* layer : {&countries, &admin1, &rivers, &places}) sort_by_id(layer->features);
    write_geopackage(output_folder / "world.gpkg", {countries, admin1}, {});
    for (VectorLayer* layer : {&rivers, &places}) write_geojson(output_folder / (layer->name + ".geojson"), *layer, 5);
    summary.countries = static_cast<int>(countries.features.size());
    summary.admin1 = static_cast<int>(admin1.features.size());
    summary.rivers = static_cast<int>(rivers.features.size());
    summary.places = static_cast<int>(places.features.size());
    return summary;
}

}  // namespace bordermap
