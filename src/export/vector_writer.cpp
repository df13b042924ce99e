#include "bordermap/export/vector_writer.hpp"

#include <cpl_string.h>

#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/geo/gdal_handles.hpp"
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

}  // namespace

void write_geojson(const std::filesystem::path& path, const VectorLayer& layer, int precision) {
    gdal::ensure_registered();
    AtomicFile file(path);
    const std::string failure_fix = "Check that the output folder is writable and the disk is not full.";
    {
        gdal::QuietErrors quiet;
        GDALDriverH driver = GDALGetDriverByName("GeoJSON");
        gdal::Dataset dataset(GDALCreate(driver, file.temporary().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset) throw DataError(path.string(), "cannot be created (" + gdal::last_error("unknown reason") + ")", failure_fix);

        const std::string precision_option = "COORDINATE_PRECISION=" + std::to_string(precision);
        const char* options[] = {"RFC7946=YES", "WRITE_BBOX=YES", "WRITE_NAME=NO", precision_option.c_str(), nullptr};
        gdal::SpatialReference srs = gdal::wgs84();
        OGRLayerH out = GDALDatasetCreateLayer(dataset.get(), layer.name.c_str(), srs.get(),
                                               layer.mixed_geometry ? wkbUnknown : ogr_geometry_type(layer.geometry_type), const_cast<char**>(options));
        if (!out) throw DataError(path.string(), "cannot be created (" + gdal::last_error("layer creation failed") + ")", failure_fix);
        for (const auto& field : layer.fields) {
            OGRFieldDefnH definition = OGR_Fld_Create(field.name.c_str(), ogr_type(field.type));
            OGR_L_CreateField(out, definition, TRUE);
            OGR_Fld_Destroy(definition);
        }
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(out);
        for (const auto& feature : layer.features) {
            gdal::Feature f(OGR_F_Create(definition));
            for (std::size_t i = 0; i < layer.fields.size() && i < feature.values.size(); ++i) {
                set_value(f.get(), static_cast<int>(i), feature.values[i]);
            }
            gdal::Geometry geometry = to_ogr(feature.geometry);
            OGR_F_SetGeometry(f.get(), geometry.get());
            if (OGR_L_CreateFeature(out, f.get()) != OGRERR_NONE) {
                throw DataError(path.string(), "cannot be written (" + gdal::last_error("feature write failed") + ")", failure_fix);
            }
        }
        // Closing the dataset flushes the file; only then may it be renamed into place.
    }
    file.commit();
}

}  // namespace bordermap
