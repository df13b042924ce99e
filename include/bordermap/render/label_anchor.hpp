#pragma once
// Where a feature's label hangs on the page, from what of it the frame shows.
#include <optional>

#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/geos.hpp"

namespace bordermap {

// For a polygon, the visual centre of its visible part: the point farthest from its edges and
// from the frame (the pole of inaccessibility, the centre of the largest circle inside it; a
// centroid may fall outside a bent shape), to within half a point. None when less than about
// 30 × 30 pt of it is visible. For a line, the middle of its longest visible stretch; for
// points, a visible one. None when nothing of the feature is inside the frame.
std::optional<XY> label_anchor(const geos::Context& context, const Geometry& page, const Box& frame);

}  // namespace bordermap
