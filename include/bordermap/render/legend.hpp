#pragma once
// Legend layout, shared by composition (to keep labels clear of it) and drawing.
#include <cairo.h>

#include <vector>

#include "bordermap/render/map_model.hpp"

namespace bordermap {

// The length of an unclassed map's ramp bar.
inline constexpr double legend_ramp_mm = 24;

struct LegendLayout {
    XY size;                      // of the whole box, in points
    XY title_at, subtitle_at;     // offsets from the box's top-left
    std::vector<XY> swatch_at;    // one per entry
    std::vector<XY> swatch_size;  // one per entry: the ramp's bar is longer than a class swatch
    std::vector<XY> text_at;
    double circle_column = 0;     // width of the proportional circles' column (their largest diameter)
    std::vector<XY> tick_text_at;  // the ramp's tick labels, as in MapModel::legend_ramp.ticks
};

LegendLayout layout_legend(cairo_t* cr, const MapModel& model);
TextStyle legend_text_style(const Style& style, bool bold = false);

}  // namespace bordermap
