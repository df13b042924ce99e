#pragma once
// Writes one layer of features with typed attributes through a GDAL vector driver.
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "bordermap/geo/geometry.hpp"

namespace bordermap {

enum class FieldType { text, real, integer };
using FieldValue = std::variant<std::monostate, std::string, double, long long>;  // monostate: null

struct OutputField {
    std::string name;
    FieldType type;
};

struct OutputFeature {
    Geometry geometry;               // WGS 84 longitude/latitude
    std::vector<FieldValue> values;  // one per field, in order
    // Instead of `geometry`, when set: a geometry that outlives the layer (a feature of the geodata),
    // so that a map's layer costs its attributes only and can be kept for every output made of it.
    const Geometry* borrowed = nullptr;
    const Geometry& shape() const { return borrowed ? *borrowed : geometry; }
};

struct VectorLayer {
    std::string name;
    GeometryType geometry_type = GeometryType::polygon;  // of every feature
    std::vector<OutputField> fields;
    std::vector<OutputFeature> features;
};

// RFC 7946 GeoJSON: WGS 84, right-hand winding, bbox, `precision` decimals. Atomic.
void write_geojson(const std::filesystem::path& path, const VectorLayer& layer, int precision = 6);

// A style stored in a GeoPackage's layer_styles table, which QGIS applies when it opens the layer.
struct StoredStyle {
    std::string layer;  // table name
    std::string name, description, qml, sld;
};

// One GeoPackage holding every layer, with layer_styles filled. Atomic; the same inputs give
// the same bytes (GDAL's timestamps are fixed, or taken from SOURCE_DATE_EPOCH).
void write_geopackage(const std::filesystem::path& path, const std::vector<VectorLayer>& layers,
                      const std::vector<StoredStyle>& styles);

}  // namespace bordermap
