#include "bordermap/render/legend.hpp"

#include <algorithm>

namespace bordermap {

namespace {
constexpr double mm = 72.0 / 25.4;
}

TextStyle legend_text_style(const Style& style, bool bold) {
    TextStyle text;
    text.size_pt = style.legend_pt;
    text.bold = bold;
    text.colour = style.text;
    text.font = style.font;
    return text;
}

LegendLayout layout_legend(cairo_t* cr, const MapModel& model) {
    const double padding = 2.2 * mm, gap = 1.4 * mm;
    LegendLayout layout;
    layout.swatch_size = {6.0 * mm, 3.6 * mm};
    const XY title = measure_text(cr, model.legend_title, legend_text_style(model.style, true));
    const XY subtitle = measure_text(cr, model.legend_subtitle, legend_text_style(model.style));
    double y = padding, width = std::max(title.x, subtitle.x);
    layout.title_at = {padding, y};
    y += title.y;
    layout.subtitle_at = {padding, y};
    y += subtitle.y + gap;
    for (const auto& entry : model.legend) {
        const XY text = measure_text(cr, entry.text, legend_text_style(model.style));
        const bool has_swatch = entry.kind != LegendEntry::Kind::text_only;
        const double row = std::max(has_swatch ? layout.swatch_size.y : 0.0, text.y);
        layout.swatch_at.push_back({padding, y + (row - layout.swatch_size.y) / 2});
        const double text_x = has_swatch ? padding + layout.swatch_size.x + gap : padding;
        layout.text_at.push_back({text_x, y + (row - text.y) / 2});
        width = std::max(width, text_x - padding + text.x);
        y += row + 0.8 * mm;
    }
    layout.size = {width + 2 * padding, y - 0.8 * mm + padding};
    return layout;
}

}  // namespace bordermap
