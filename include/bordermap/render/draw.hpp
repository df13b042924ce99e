#pragma once
// Paints a composed map onto a Cairo context whose user unit is the point.
#include <cairo.h>

#include "bordermap/render/map_model.hpp"

namespace bordermap {

void draw_map(cairo_t* cr, const MapModel& model);

}  // namespace bordermap
