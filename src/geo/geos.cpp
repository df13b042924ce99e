#include "bordermap/geo/geos.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace bordermap::geos {
namespace {

void store_message(const char* message, void* userdata) { *static_cast<std::string*>(userdata) = message; }

GEOSGeometry* make_ring(GEOSContextHandle_t ctx, const Path& path, bool close) {
    std::vector<double> xy;
    xy.reserve(path.size() * 2 + 2);
    for (const auto& p : path) {
        xy.push_back(p.x);
        xy.push_back(p.y);
    }
    if (close && !path.empty() && !(path.front() == path.back())) {
        xy.push_back(path.front().x);
        xy.push_back(path.front().y);
    }
    const unsigned size = static_cast<unsigned>(xy.size() / 2);
    GEOSCoordSequence* sequence = GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), size, 0, 0);
    if (!close) return size == 1 ? GEOSGeom_createPoint_r(ctx, sequence) : GEOSGeom_createLineString_r(ctx, sequence);
    return GEOSGeom_createLinearRing_r(ctx, sequence);
}

Path read_path(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(ctx, g);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(ctx, sequence, &size);
    std::vector<double> xy(size * 2);
    if (size > 0) GEOSCoordSeq_copyToBuffer_r(ctx, sequence, xy.data(), 0, 0);
    Path path(size);
    for (unsigned i = 0; i < size; ++i) path[i] = {xy[2 * i], xy[2 * i + 1]};
    return path;
}

void collect(GEOSContextHandle_t ctx, const GEOSGeometry* g, Geometry& out, bool& typed) {
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (GEOSisEmpty_r(ctx, g) == 1) return;
    auto accept = [&](GeometryType t) {
        if (!typed) {
            out.type = t;
            typed = true;
        }
        return out.type == t;
    };
    switch (type) {
        case GEOS_POLYGON: {
            if (!accept(GeometryType::polygon)) return;
            std::vector<Path> rings{read_path(ctx, GEOSGetExteriorRing_r(ctx, g))};
            const int holes = GEOSGetNumInteriorRings_r(ctx, g);
            for (int i = 0; i < holes; ++i) rings.push_back(read_path(ctx, GEOSGetInteriorRingN_r(ctx, g, i)));
            out.parts.push_back(std::move(rings));
            return;
        }
        case GEOS_LINESTRING:
        case GEOS_LINEARRING:
            if (accept(GeometryType::line)) out.parts.push_back({read_path(ctx, g)});
            return;
        case GEOS_POINT:
            if (accept(GeometryType::point)) out.parts.push_back({read_path(ctx, g)});
            return;
        default: {
            const int n = GEOSGetNumGeometries_r(ctx, g);
            for (int i = 0; i < n; ++i) collect(ctx, GEOSGetGeometryN_r(ctx, g, i), out, typed);
        }
    }
}

}  // namespace

Context::Context() : handle_(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(handle_, store_message, &last_error_);
}

Context::~Context() { GEOS_finish_r(handle_); }

GeometryPtr own(const Context& context, GEOSGeometry* geometry, const char* operation) {
    if (!geometry) {
        throw std::runtime_error(std::string("GEOS ") + operation + " failed: " +
                                 (context.last_error().empty() ? "no message" : context.last_error()));
    }
    return GeometryPtr(geometry, GeometryDeleter{context.handle()});
}

GeometryPtr to_geos(const Context& context, const Geometry& geometry) {
    GEOSContextHandle_t ctx = context.handle();
    std::vector<GEOSGeometry*> members;
    for (const auto& part : geometry.parts) {
        if (part.empty()) continue;
        if (geometry.type == GeometryType::polygon) {
            GEOSGeometry* shell = make_ring(ctx, part.front(), true);
            std::vector<GEOSGeometry*> holes;
            for (std::size_t i = 1; i < part.size(); ++i) holes.push_back(make_ring(ctx, part[i], true));
            members.push_back(GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size())));
        } else {
            members.push_back(make_ring(ctx, part.front(), false));
        }
    }
    const int collection = geometry.type == GeometryType::polygon ? GEOS_MULTIPOLYGON
                           : geometry.type == GeometryType::line  ? GEOS_MULTILINESTRING
                                                                  : GEOS_MULTIPOINT;
    return own(context, GEOSGeom_createCollection_r(ctx, collection, members.data(), static_cast<unsigned>(members.size())),
               "createCollection");
}

Geometry from_geos(const Context& context, const GEOSGeometry* geometry) {
    Geometry out;
    bool typed = false;
    collect(context.handle(), geometry, out, typed);
    return out;
}

Geometry clip_to_box(const Context& context, const Geometry& geometry, const Box& box) {
    GeometryPtr g = to_geos(context, geometry);
    GeometryPtr clipped =
        own(context, GEOSClipByRect_r(context.handle(), g.get(), box.min_x, box.min_y, box.max_x, box.max_y), "ClipByRect");
    Geometry out = from_geos(context, clipped.get());
    if (out.empty()) out.type = geometry.type;
    return out;
}

double shared_area_fraction(const Context& context, const Geometry& a, const Geometry& b) {
    GEOSContextHandle_t ctx = context.handle();
    const GeometryPtr ga = to_geos(context, a), gb = to_geos(context, b);
    const GeometryPtr both = own(context, GEOSIntersection_r(ctx, ga.get(), gb.get()), "Intersection");
    double area_a = 0, area_b = 0, shared = 0;
    GEOSArea_r(ctx, ga.get(), &area_a);
    GEOSArea_r(ctx, gb.get(), &area_b);
    GEOSArea_r(ctx, both.get(), &shared);
    const double smaller = std::min(area_a, area_b);
    return smaller > 0 ? shared / smaller : 0;
}

XY interior_point(const Context& context, const Geometry& polygon) {
    GeometryPtr g = to_geos(context, polygon);
    GeometryPtr point = own(context, GEOSPointOnSurface_r(context.handle(), g.get()), "PointOnSurface");
    double x = 0, y = 0;
    GEOSGeomGetX_r(context.handle(), point.get(), &x);
    GEOSGeomGetY_r(context.handle(), point.get(), &y);
    return {x, y};
}

namespace {

// Lines drawn by hand or reprojected may cross themselves: GEOS's overlay needs valid input.
GeometryPtr made_valid(const Context& context, GeometryPtr g) {
    if (GEOSisValid_r(context.handle(), g.get()) == 1) return g;
    return own(context, GEOSMakeValid_r(context.handle(), g.get()), "MakeValid");
}

}  // namespace

Geometry merge_geometries(const Context& context, const std::vector<const Geometry*>& geometries) {
    Geometry merged;
    if (geometries.empty()) return merged;
    if (geometries.size() == 1) return *geometries.front();  // nothing to dissolve: as it is
    merged.type = geometries.front()->type;
    if (merged.type != GeometryType::polygon) {
        for (const Geometry* g : geometries) merged.parts.insert(merged.parts.end(), g->parts.begin(), g->parts.end());
        return merged;
    }
    std::vector<GeometryPtr> owned;
    for (const Geometry* g : geometries) owned.push_back(made_valid(context, to_geos(context, *g)));
    std::vector<GEOSGeometry*> members;  // the collection owns them once it is made
    for (GeometryPtr& g : owned) members.push_back(g.release());
    const GeometryPtr collection = own(context, GEOSGeom_createCollection_r(context.handle(), GEOS_GEOMETRYCOLLECTION, members.data(),
                                                                            static_cast<unsigned>(members.size())),
                                       "createCollection");
    const GeometryPtr dissolved = own(context, GEOSUnaryUnion_r(context.handle(), collection.get()), "UnaryUnion");
    return from_geos(context, dissolved.get());
}

Geometry difference(const Context& context, const Geometry& from, const std::vector<const Geometry*>& minus) {
    if (minus.empty()) return from;
    const Geometry covering = merge_geometries(context, minus);
    const GeometryPtr a = made_valid(context, to_geos(context, from)), b = to_geos(context, covering);
    const GeometryPtr left = own(context, GEOSDifference_r(context.handle(), a.get(), b.get()), "Difference");
    Geometry out = from_geos(context, left.get());
    out.type = GeometryType::polygon;
    return out;
}

}  // namespace bordermap::geos
