#include "bordermap/core/gdal_handles.hpp"

#include <filesystem>

#include "bordermap/core/error.hpp"

namespace bordermap::gdal {

void ensure_registered() { GDALAllRegister(); }

ScopedConfigOption::ScopedConfigOption(const char* key, const char* value) : key_(key) {
    const char* previous = CPLGetThreadLocalConfigOption(key, nullptr);
    had_previous_ = previous != nullptr;
    if (previous) previous_ = previous;
    CPLSetThreadLocalConfigOption(key, value);
}

ScopedConfigOption::~ScopedConfigOption() {
    CPLSetThreadLocalConfigOption(key_.c_str(), had_previous_ ? previous_.c_str() : nullptr);
}

std::string last_error(const std::string& fallback) {
    const char* message = CPLGetLastErrorMsg();
    return (message && *message) ? message : fallback;
}

Dataset open_vector(const std::string& path, const char* const* open_options) {
    ensure_registered();
    if (!std::filesystem::exists(path)) {
        throw DataError(path, "the file does not exist", "Check the path (relative paths are taken from the atlas file's folder).");
    }
    QuietErrors quiet;
    CPLErrorReset();
    GDALDatasetH handle = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, open_options, nullptr);
    if (!handle) {
        throw DataError(path, "cannot be read as a table or vector layer (" + last_error("no GDAL driver recognised it") + ")",
                        "Use CSV, XLSX, ODS, GeoPackage or another format GDAL reads, and check the file is not damaged.");
    }
    return Dataset(handle);
}

void close_written(Dataset& dataset, const std::string& path) {
    CPLErrorReset();
    GDALClose(dataset.release());
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) {
        throw DataError(path, "cannot be written (" + last_error("closing it failed") + ")",
                        "Check that the output folder is writable and the disk is not full.");
    }
}

SpatialReference wgs84() {
    SpatialReference srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), 4326);
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

}  // namespace bordermap::gdal
