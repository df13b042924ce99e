#include "bordermap/geo/geodata_build.hpp"

#include <algorithm>
#include <cmath>

#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/data/table.hpp"
#include "bordermap/geo/vector_writer.hpp"
#include "bordermap/core/gdal_handles.hpp"
#include "bordermap/geo/ogr_geometry.hpp"

namespace bordermap {
namespace {

// The extract keeps countries within East Asia (enough for the main map and a locator inset).
constexpr Box extract_box{70.0, 10.0, 160.0, 65.0};

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

    VectorLayer countries{"countries", GeometryType::polygon, feature_fields, {}};
    Geometry china, north_korea, russia;
    const Table country_ids = read_table((geodata_folder / "sources" / "country_ids.csv").string());
    for (const auto& row : country_ids.rows) {
        const std::string iso3 = column_value(country_ids, row, "ne_iso_a3");
        const Geometry full = read_one(countries_layer, "ISO_A3 = " + sql_quote(iso3), row.where, natural_earth.string());
        if (iso3 == "CHN") china = full;
        if (iso3 == "PRK") north_korea = full;
        if (iso3 == "RUS") russia = full;
        const NamedRow named = named_row(country_ids, row);
        countries.features.push_back(output_feature(geos::clip_to_box(context, full, extract_box), named, "country", named.id));
    }
    if (china.empty() || north_korea.empty()) {
        throw DataError(country_ids.path, "must list CHN and PRK", "The border rivers are derived from these two countries.");
    }

    VectorLayer admin1{"admin1", GeometryType::polygon, feature_fields, {}};
    const Table admin1_ids = read_table((geodata_folder / "sources" / "admin1_ids.csv").string());
    for (const auto& row : admin1_ids.rows) {
        const std::string filter = "adm0_a3 = " + sql_quote(column_value(admin1_ids, row, "ne_adm0_a3")) +
                                   " AND name = " + sql_quote(column_value(admin1_ids, row, "ne_name"));
        const NamedRow named = named_row(admin1_ids, row);
        admin1.features.push_back(output_feature(read_one(states_layer, filter, row.where, natural_earth.string()), named,
                                                 "admin1", named.id.substr(0, 2)));
    }

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
    for (VectorLayer* layer : {&countries, &admin1, &rivers, &places}) {
        sort_by_id(layer->features);
        write_geojson(output_folder / (layer->name + ".geojson"), *layer, 5);
    }
    summary.countries = static_cast<int>(countries.features.size());
    summary.admin1 = static_cast<int>(admin1.features.size());
    summary.rivers = static_cast<int>(rivers.features.size());
    summary.places = static_cast<int>(places.features.size());
    return summary;
}

}  // namespace bordermap
