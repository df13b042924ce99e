#pragma once
// RAII owners for the GDAL/OGR C handles bordermap uses.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>

#include <memory>
#include <string>

namespace bordermap::gdal {

struct DatasetCloser {
    void operator()(GDALDatasetH h) const noexcept { GDALClose(h); }
};
struct FeatureDestroyer {
    void operator()(OGRFeatureH h) const noexcept { OGR_F_Destroy(h); }
};
struct GeometryDestroyer {
    void operator()(OGRGeometryH h) const noexcept { OGR_G_DestroyGeometry(h); }
};
struct SpatialReferenceReleaser {
    void operator()(OGRSpatialReferenceH h) const noexcept { OSRRelease(h); }
};

struct TransformationDestroyer {
    void operator()(OGRCoordinateTransformationH h) const noexcept { OCTDestroyCoordinateTransformation(h); }
};

using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;
using Feature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;
using Geometry = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;
using SpatialReference = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SpatialReferenceReleaser>;
using Transformation = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformationDestroyer>;

// Registers the drivers once per process (GDAL's registry is its own; calling twice is harmless).
void ensure_registered();

// Silences GDAL's default stderr printing while alive; the last message is still readable.
class QuietErrors {
public:
    QuietErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietErrors() { CPLPopErrorHandler(); }
    QuietErrors(const QuietErrors&) = delete;
    QuietErrors& operator=(const QuietErrors&) = delete;
};

// Sets a GDAL configuration option for this thread only, restoring the previous value on exit.
// (GDAL 3.6's spreadsheet drivers take header and type settings only as configuration options.)
class ScopedConfigOption {
public:
    ScopedConfigOption(const char* key, const char* value);
    ~ScopedConfigOption();
    ScopedConfigOption(const ScopedConfigOption&) = delete;
    ScopedConfigOption& operator=(const ScopedConfigOption&) = delete;

private:
    std::string key_, previous_;
    bool had_previous_;
};

// GDAL's last error message, or `fallback` when it has none.
std::string last_error(const std::string& fallback);

// Opens a vector dataset read-only; throws DataError naming the file when it cannot.
Dataset open_vector(const std::string& path, const char* const* open_options = nullptr);

// Closes a dataset being written, which flushes it; a DataError naming `path` when GDAL reports
// that the flush failed (GDAL 3.6's GDALClose returns nothing: its error state tells).
void close_written(Dataset& dataset, const std::string& path);

// A WGS 84 longitude/latitude spatial reference (traditional GIS axis order).
SpatialReference wgs84();

}  // namespace bordermap::gdal
