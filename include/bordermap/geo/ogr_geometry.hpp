#pragma once
// Conversions between OGR geometries and bordermap's plain geometry values.
#include <ogr_api.h>

#include "bordermap/core/gdal_handles.hpp"
#include "bordermap/geo/geometry.hpp"

namespace bordermap {

// Polygons, lines and points (single or multi, or collections of one kind); empty otherwise.
Geometry from_ogr(OGRGeometryH geometry);
gdal::Geometry to_ogr(const Geometry& geometry);

}  // namespace bordermap
