#include "bordermap/geo/vector_writer.hpp"

#include <cpl_string.h>

#include <cstdio>
#include <string_view>

#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/reproducible_time.hpp"
#include "bordermap/core/gdal_handles.hpp"
#include "bordermap/geo/ogr_geometry.hpp"

namespace bordermap {
namespace {

OGRFieldType ogr_type(FieldType type) {
    switch (type) {
        case FieldType::text: return OFTString;
        case FieldType::real: return OFTReal;
        case FieldType::integer: return OFTInteger64;
    }
    return OFTString;
}

OGRwkbGeometryType ogr_geometry_type(GeometryType type) {
    switch (type) {
        case GeometryType::polygon: return wkbMultiPolygon;
        case GeometryType::line: return wkbMultiLineString;
        case GeometryType::point: return wkbPoint;
    }
    return wkbUnknown;
}

void set_value(OGRFeatureH feature, int index, const FieldValue& value) {
    if (std::holds_alternative<std::monostate>(value)) {
        OGR_F_SetFieldNull(feature, index);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
        OGR_F_SetFieldString(feature, index, text->c_str());
    } else if (const auto* real = std::get_if<double>(&value)) {
        OGR_F_SetFieldDouble(feature, index, *real);
    } else {
        OGR_F_SetFieldInteger64(feature, index, std::get<long long>(value));
    }
}


// Adds a field to a layer being written; a DataError naming `path` when the driver refuses it.
void create_field(OGRLayerH layer, const char* name, OGRFieldType type, OGRFieldSubType subtype, const std::filesystem::path& path) {
    OGRFieldDefnH definition = OGR_Fld_Create(name, type);
    OGR_Fld_SetSubType(definition, subtype);
    const OGRErr result = OGR_L_CreateField(layer, definition, TRUE);
    OGR_Fld_Destroy(definition);
    if (result != OGRERR_NONE) {
        throw DataError(path.string(), std::string("cannot hold the field '") + name + "' (" + gdal::last_error("the driver refused it") + ")",
                        "Rename the figures table's column of that name (the GIS layers carry every column).");
    }
}

// Creates `layer` in `dataset` and writes its features; throws DataError naming `path`.
void write_layer(GDALDatasetH dataset, const VectorLayer& layer, const char* const* options, const std::filesystem::path& path) {
    const std::string failure_fix = "Check that the output folder is writable and the disk is not full.";
    gdal::SpatialReference srs = gdal::wgs84();
    OGRLayerH out = GDALDatasetCreateLayer(dataset, layer.name.c_str(), srs.get(),
                                           ogr_geometry_type(layer.geometry_type),
                                           const_cast<char**>(options));
    if (!out) throw DataError(path.string(), "cannot be created (" + gdal::last_error("layer creation failed") + ")", failure_fix);
    for (const auto& field : layer.fields) create_field(out, field.name.c_str(), ogr_type(field.type), OFSTNone, path);
    // One transaction per layer: GeoPackage writes are many times faster (GeoJSON ignores it).
    const bool in_transaction = OGR_L_StartTransaction(out) == OGRERR_NONE;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(out);
    for (const auto& feature : layer.features) {
        gdal::Feature f(OGR_F_Create(definition));
        for (std::size_t i = 0; i < layer.fields.size() && i < feature.values.size(); ++i) {
            set_value(f.get(), static_cast<int>(i), feature.values[i]);
        }
        gdal::Geometry geometry = to_ogr(feature.shape());
        OGR_F_SetGeometry(f.get(), geometry.get());
        if (OGR_L_CreateFeature(out, f.get()) != OGRERR_NONE) {
            throw DataError(path.string(), "cannot be written (" + gdal::last_error("feature write failed") + ")", failure_fix);
        }
    }
    if (in_transaction && OGR_L_CommitTransaction(out) != OGRERR_NONE) {
        throw DataError(path.string(), "cannot be written (" + gdal::last_error("commit failed") + ")", failure_fix);
    }
}

gdal::Dataset create_dataset(const char* driver_name, const std::filesystem::path& temporary, const std::filesystem::path& path) {
    gdal::ensure_registered();
    GDALDriverH driver = GDALGetDriverByName(driver_name);
    gdal::Dataset dataset(GDALCreate(driver, temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        throw DataError(path.string(), "cannot be created (" + gdal::last_error("unknown reason") + ")",
                        "Check that the output folder is writable and the disk is not full.");
    }
    return dataset;
}

// The time GDAL and layer_styles record: SOURCE_DATE_EPOCH when set, else a fixed instant,
// so that a GeoPackage depends only on its contents. With milliseconds, as the GeoPackage standard
// writes its datetimes (Requirement 15: "%Y-%m-%dT%H:%M:%fZ"); GDAL stores the text as given.
std::string reproducible_timestamp() {
    std::string time = iso_utc(source_date_epoch().value_or(0));
    time.insert(time.size() - 1, ".000");
    return time;
}

void write_layer_styles(GDALDatasetH dataset, const std::vector<StoredStyle>& styles, const std::string& timestamp,
                        const std::filesystem::path& path) {
    // The table QGIS itself creates (QgsOgrProviderUtils): QGIS reads the default style from it.
    const char* options[] = {"FID=id", nullptr};
    OGRLayerH table = GDALDatasetCreateLayer(dataset, "layer_styles", nullptr, wkbNone, const_cast<char**>(options));
    if (!table) throw DataError(path.string(), "cannot hold layer_styles (" + gdal::last_error("") + ")", "Check the output folder.");
    const std::vector<std::pair<const char*, OGRFieldType>> columns{
        {"f_table_catalog", OFTString}, {"f_table_schema", OFTString}, {"f_table_name", OFTString},
        {"f_geometry_column", OFTString}, {"styleName", OFTString},     {"styleQML", OFTString},
        {"styleSLD", OFTString},        {"useAsDefault", OFTInteger},  {"description", OFTString},
        {"owner", OFTString},           {"ui", OFTString},             {"update_time", OFTDateTime}};
    for (const auto& [name, type] : columns) create_field(table, name, type, std::string_view(name) == "useAsDefault" ? OFSTBoolean : OFSTNone, path);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(table);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    std::sscanf(timestamp.c_str(), "%d-%d-%dT%d:%d:%dZ", &year, &month, &day, &hour, &minute, &second);
    for (const auto& style : styles) {
        gdal::Feature f(OGR_F_Create(definition));
        OGR_F_SetFieldString(f.get(), 0, "");
        OGR_F_SetFieldString(f.get(), 1, "");
        OGR_F_SetFieldString(f.get(), 2, style.layer.c_str());
        OGR_F_SetFieldString(f.get(), 3, "geom");
        OGR_F_SetFieldString(f.get(), 4, style.name.c_str());
        OGR_F_SetFieldString(f.get(), 5, style.qml.c_str());
        OGR_F_SetFieldString(f.get(), 6, style.sld.c_str());
        OGR_F_SetFieldInteger(f.get(), 7, 1);
        OGR_F_SetFieldString(f.get(), 8, style.description.c_str());
        OGR_F_SetFieldString(f.get(), 9, "bordermap");
        OGR_F_SetFieldString(f.get(), 10, "");
        OGR_F_SetFieldDateTime(f.get(), 11, year, month, day, hour, minute, second, 100);
        if (OGR_L_CreateFeature(table, f.get()) != OGRERR_NONE) {
            throw DataError(path.string(), "cannot hold layer_styles (" + gdal::last_error("") + ")", "Check the output folder.");
        }
    }
}

}  // namespace

void write_geojson(const std::filesystem::path& path, const VectorLayer& layer, int precision) {
    AtomicFile file(path);
    {
        gdal::QuietErrors quiet;
        gdal::Dataset dataset = create_dataset("GeoJSON", file.temporary(), path);
        const std::string precision_option = "COORDINATE_PRECISION=" + std::to_string(precision);
        const char* options[] = {"RFC7946=YES", "WRITE_BBOX=YES", "WRITE_NAME=NO", precision_option.c_str(), nullptr};
        write_layer(dataset.get(), layer, options, path);
        // Closing the dataset flushes the file; only then may it be renamed into place.
        gdal::close_written(dataset, path.string());
    }
    file.commit();
}

void write_geopackage(const std::filesystem::path& path, const std::vector<VectorLayer>& layers,
                      const std::vector<StoredStyle>& styles) {
    AtomicFile file(path);
    {
        gdal::QuietErrors quiet;
        const std::string timestamp = reproducible_timestamp();
        const gdal::ScopedConfigOption fixed_time("OGR_CURRENT_DATE", timestamp.c_str());
        gdal::Dataset dataset = create_dataset("GPKG", file.temporary(), path);
        const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", nullptr};
        for (const auto& layer : layers) write_layer(dataset.get(), layer, options, path);
        if (!styles.empty()) write_layer_styles(dataset.get(), styles, timestamp, path);
        gdal::close_written(dataset, path.string());
    }
    file.commit();
}

}  // namespace bordermap
