#include "bordermap/geo/ogr_geometry.hpp"

namespace bordermap {
namespace {

Path read_path(OGRGeometryH g) {
    const int n = OGR_G_GetPointCount(g);
    Path path(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) path[static_cast<std::size_t>(i)] = {OGR_G_GetX(g, i), OGR_G_GetY(g, i)};
    return path;
}

void collect(OGRGeometryH g, Geometry& out, bool& typed) {
    if (!g || OGR_G_IsEmpty(g)) return;
    auto accept = [&](GeometryType t) {
        if (!typed) {
            out.type = t;
            typed = true;
        }
        return out.type == t;
    };
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
        case wkbPolygon: {
            if (!accept(GeometryType::polygon)) return;
            std::vector<Path> rings;
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) rings.push_back(read_path(OGR_G_GetGeometryRef(g, i)));
            out.parts.push_back(std::move(rings));
            return;
        }
        case wkbLineString:
            if (accept(GeometryType::line)) out.parts.push_back({read_path(g)});
            return;
        case wkbPoint:
            if (accept(GeometryType::point)) out.parts.push_back({read_path(g)});
            return;
        case wkbMultiPolygon:
        case wkbMultiLineString:
        case wkbMultiPoint:
        case wkbGeometryCollection:
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) collect(OGR_G_GetGeometryRef(g, i), out, typed);
            return;
        default:
            return;
    }
}

OGRGeometryH make_path(const Path& path, OGRwkbGeometryType type) {
    OGRGeometryH g = OGR_G_CreateGeometry(type);
    for (const auto& p : path) OGR_G_AddPoint_2D(g, p.x, p.y);
    return g;
}

}  // namespace

Geometry from_ogr(OGRGeometryH geometry) {
    Geometry out;
    bool typed = false;
    collect(geometry, out, typed);
    return out;
}

gdal::Geometry to_ogr(const Geometry& geometry) {
    switch (geometry.type) {
        case GeometryType::polygon: {
            gdal::Geometry multi(OGR_G_CreateGeometry(wkbMultiPolygon));
            for (const auto& part : geometry.parts) {
                OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
                for (const auto& ring : part) OGR_G_AddGeometryDirectly(polygon, make_path(ring, wkbLinearRing));
                OGR_G_AddGeometryDirectly(multi.get(), polygon);
            }
            return multi;
        }
        case GeometryType::line: {
            gdal::Geometry multi(OGR_G_CreateGeometry(wkbMultiLineString));
            for (const auto& part : geometry.parts) OGR_G_AddGeometryDirectly(multi.get(), make_path(part.front(), wkbLineString));
            return multi;
        }
        case GeometryType::point: {
            if (geometry.parts.size() == 1) {
                const XY p = geometry.parts.front().front().front();
                gdal::Geometry point(OGR_G_CreateGeometry(wkbPoint));
                OGR_G_SetPoint_2D(point.get(), 0, p.x, p.y);
                return point;
            }
            gdal::Geometry multi(OGR_G_CreateGeometry(wkbMultiPoint));
            for (const auto& part : geometry.parts) {
                OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
                OGR_G_SetPoint_2D(point, 0, part.front().front().x, part.front().front().y);
                OGR_G_AddGeometryDirectly(multi.get(), point);
            }
            return multi;
        }
    }
    return gdal::Geometry(OGR_G_CreateGeometry(wkbGeometryCollection));
}

}  // namespace bordermap
