#pragma once
// Text set with Pango on a Cairo context whose user unit is the typographic point.
#include <cairo.h>

#include <string>

#include "bordermap/geo/geometry.hpp"
#include "bordermap/map/palette.hpp"

namespace bordermap {

struct TextStyle {
    double size_pt = 7.5;
    bool bold = false;
    bool italic = false;
    Colour colour{0.13, 0.13, 0.13};
    double halo_pt = 0;  // white outline width; 0 for none
    double wrap_width_pt = 0;  // 0: no wrapping
    bool centred = false;      // centre each line (for multi-line labels)
};

// Size of `text` set in `style` on `cr`, in points.
XY measure_text(cairo_t* cr, const std::string& text, const TextStyle& style);

// Draws `text` with its top-left corner at `top_left`.
void draw_text(cairo_t* cr, const std::string& text, XY top_left, const TextStyle& style);

}  // namespace bordermap
