#pragma once
// RAII ownership of a GEOS reentrant context and its geometries (C API, _r functions only).
#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

#include "bordermap/geo/geometry.hpp"

namespace bordermap::geos {

// One context per thread of work; GEOS reports errors into it, not into a global.
class Context {
public:
    Context();
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    GEOSContextHandle_t handle() const { return handle_; }
    const std::string& last_error() const { return last_error_; }

private:
    GEOSContextHandle_t handle_;
    std::string last_error_;
};

struct GeometryDeleter {
    GEOSContextHandle_t context;
    void operator()(GEOSGeometry* g) const noexcept { GEOSGeom_destroy_r(context, g); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

// Takes ownership of a GEOS result; throws std::runtime_error with GEOS's message when null.
GeometryPtr own(const Context& context, GEOSGeometry* geometry, const char* operation);

GeometryPtr to_geos(const Context& context, const Geometry& geometry);
Geometry from_geos(const Context& context, const GEOSGeometry* geometry);

// The part of `geometry` inside `box` (GEOS clip-by-rectangle: fast, may leave slivers on the edge).
Geometry clip_to_box(const Context& context, const Geometry& geometry, const Box& box);

// How much of the smaller of two polygon geometries the other covers (0-1, by area in their own
// units): near 1 when one region lies within the other.
double shared_area_fraction(const Context& context, const Geometry& a, const Geometry& b);

// Several geometries of one type as one: polygons dissolved (GEOS unary union: no inner borders,
// valid however they touch), lines and points side by side. Empty for none.
Geometry merge_geometries(const Context& context, const std::vector<const Geometry*>& geometries);

// The part of polygon `from` outside every polygon of `minus` (what is left visible under them).
Geometry difference(const Context& context, const Geometry& from, const std::vector<const Geometry*>& minus);

// A point inside the polygon (GEOS point-on-surface), good enough to hang a label on.
XY interior_point(const Context& context, const Geometry& polygon);

}  // namespace bordermap::geos
