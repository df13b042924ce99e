#include "bordermap/render/label_anchor.hpp"

namespace bordermap {
namespace {

// How close to the largest circle inside a polygon its centre is found, in points.
constexpr double pole_tolerance_pt = 0.5;
// Less visible than this (about 30 × 30 pt) leaves no room for a label.
constexpr double least_labelled_area_pt2 = 900;

XY point_of(GEOSContextHandle_t ctx, const GEOSGeometry* point) {
    double x = 0, y = 0;
    GEOSGeomGetX_r(ctx, point, &x);
    GEOSGeomGetY_r(ctx, point, &y);
    return {x, y};
}

// The polygons of a GEOS result; clipping may add stray lines or points on the rectangle's edge.
void collect_polygons(const geos::Context& context, const GEOSGeometry* g, Geometry& out) {
    GEOSContextHandle_t ctx = context.handle();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        for (auto& part : geos::from_geos(context, g).parts) out.parts.push_back(std::move(part));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i) collect_polygons(context, GEOSGetGeometryN_r(ctx, g, i), out);
    }
}

// The middle of the longest stretch of a line.
XY middle_of_longest(const geos::Context& context, const GEOSGeometry* lines) {
    GEOSContextHandle_t ctx = context.handle();
    const GEOSGeometry* longest = nullptr;
    double best = -1;
    for (int i = 0; i < GEOSGetNumGeometries_r(ctx, lines); ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, lines, i);
        double length = 0;
        GEOSLength_r(ctx, part, &length);
        if (length > best) {
            best = length;
            longest = part;
        }
    }
    auto middle = geos::own(context, GEOSInterpolateNormalized_r(ctx, longest, 0.5), "Interpolate");
    return point_of(ctx, middle.get());
}

// The centre of the largest circle inside the visible polygons (GEOS returns its radius as a
// line from the centre to the nearest edge).
XY pole_of(const geos::Context& context, const GEOSGeometry* clipped) {
    Geometry visible{GeometryType::polygon, {}};
    collect_polygons(context, clipped, visible);
    const auto polygons = geos::to_geos(context, visible);
    GEOSContextHandle_t ctx = context.handle();
    const auto radius = geos::own(context, GEOSMaximumInscribedCircle_r(ctx, polygons.get(), pole_tolerance_pt), "MaximumInscribedCircle");
    const auto centre = geos::own(context, GEOSGeomGetStartPoint_r(ctx, radius.get()), "GetStartPoint");
    return point_of(ctx, centre.get());
}

}  // namespace

std::optional<XY> label_anchor(const geos::Context& context, const Geometry& page, const Box& frame) {
    GEOSContextHandle_t ctx = context.handle();
    auto g = geos::to_geos(context, page);
    auto clipped = geos::own(context, GEOSClipByRect_r(ctx, g.get(), frame.min_x, frame.min_y, frame.max_x, frame.max_y), "ClipByRect");
    if (GEOSisEmpty_r(ctx, clipped.get()) == 1) return std::nullopt;
    if (page.type == GeometryType::line) return middle_of_longest(context, clipped.get());
    if (page.type == GeometryType::polygon) {
        double area = 0;
        GEOSArea_r(ctx, clipped.get(), &area);
        if (area < least_labelled_area_pt2) return std::nullopt;
        return pole_of(context, clipped.get());
    }
    auto point = geos::own(context, GEOSPointOnSurface_r(ctx, clipped.get()), "PointOnSurface");
    return point_of(ctx, point.get());
}

}  // namespace bordermap
