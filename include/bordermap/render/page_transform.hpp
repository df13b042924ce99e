#pragma once
// Projected metres onto a rectangle of the page (points, y down), at one uniform scale.
#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/projection.hpp"

namespace bordermap {

class PageTransform {
public:
    // The projected box is widened to the frame's aspect, so the frame is filled and not distorted.
    PageTransform(Box projected, Box frame);
    XY to_page(XY p) const { return {frame_.min_x + (p.x - extent_.min_x) * scale_, frame_.min_y + (extent_.max_y - p.y) * scale_}; }
    XY to_projected(XY p) const { return {extent_.min_x + (p.x - frame_.min_x) / scale_, extent_.max_y - (p.y - frame_.min_y) / scale_}; }

private:
    Box frame_, extent_;
    double scale_ = 1;
};

// The projected bounds of a longitude/latitude box, its edges sampled (they curve in a conic projection).
Box projected_bounds(const Projection& projection, const Box& lon_lat);

// Projects a longitude/latitude geometry onto the page, dropping vertices closer than a fraction
// of a point to the last kept one, and parts left with too few vertices.
Geometry to_page(const Geometry& lon_lat, const Projection& projection, const PageTransform& page);

}  // namespace bordermap
