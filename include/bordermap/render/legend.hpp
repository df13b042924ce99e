#pragma once
// Legend layout, shared by composition (to keep labels clear of it) and drawing.
#include <cairo.h>

#include <utility>
#include <vector>

#include "bordermap/render/map_model.hpp"

namespace bordermap {

// The length of an unclassed map's ramp bar.
inline constexpr double legend_ramp_mm = 24;

struct LegendLayout {
    XY size;                      // of the whole box, in points
    XY title_at, subtitle_at;     // offsets from the box's top-left
    std::vector<XY> swatch_at;    // one per entry; a circle's: the top-left of its bounding square
    std::vector<XY> swatch_size;  // one per entry: the ramp's bar is longer than a class swatch
    std::vector<XY> text_at;
    // Circles are nested on one baseline, each value at its circle's top: the leader line from the
    // top to the value (one per entry; unused for the others).
    std::vector<std::pair<XY, XY>> leaders;
    std::vector<XY> tick_text_at;  // the ramp's tick labels, as in MapModel::legend_ramp.ticks
};

LegendLayout layout_legend(cairo_t* cr, const MapModel& model);
TextStyle legend_text_style(const Style& style, bool bold = false);
// The legend's title (bold) or subtitle (muted), wrapped to keep the legend within model.legend_max_width_pt.
TextStyle legend_heading_style(const MapModel& model, bool title);

}  // namespace bordermap
