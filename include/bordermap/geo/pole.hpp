#pragma once
// The pole of inaccessibility of a polygon: the interior point farthest from its boundary, the
// visual centre where a label sits best (a centroid may fall outside a bent shape, and GEOS's
// point-on-surface only promises some interior point).
#include "bordermap/geo/geometry.hpp"

namespace bordermap {

struct Pole {
    XY point;
    double distance = 0;  // from `point` to the nearest edge, holes and every part included
};

// Searches square cells best first, splitting a cell in four while it might still hold a point
// more than `precision` farther from the boundary than the best found so far (the idea of
// V. Agafonkin's "polylabel", Mapbox, 2016). The result is within `precision` (in the geometry's
// units) of the true maximum distance. Every part and every hole counts: a multipolygon's pole
// lies in whichever part has room for the largest circle.
// Throws std::invalid_argument for a geometry that is not a polygon, is empty, has a ring of fewer
// than three points or a coordinate that is not finite, has no area at all, or for a precision
// that is not positive.
Pole pole_of_inaccessibility(const Geometry& polygon, double precision);

}  // namespace bordermap
