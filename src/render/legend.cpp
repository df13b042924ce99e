#include "bordermap/render/legend.hpp"

#include <algorithm>

#include "bordermap/core/units.hpp"

namespace bordermap {

using units::mm;

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
    const XY swatch{6.0 * mm, 3.6 * mm};
    LegendLayout layout;
    const XY title = measure_text(cr, model.legend_title, legend_text_style(model.style, true));
    const XY subtitle = measure_text(cr, model.legend_subtitle, legend_text_style(model.style));
    double y = padding, width = std::max(title.x, subtitle.x);
    layout.title_at = {padding, y};
    y += title.y;
    layout.subtitle_at = {padding, y};
    y += subtitle.y + gap;
    for (const auto& entry : model.legend)
        if (entry.kind == LegendEntry::Kind::circle) layout.circle_column = std::max(layout.circle_column, 2 * entry.radius_pt);
    for (const auto& entry : model.legend) {
        if (entry.kind == LegendEntry::Kind::ramp) {
            // The end labels are centred on the bar's ends, so half a label sticks out above and below.
            const XY bar{swatch.x * 0.75, legend_ramp_mm * mm};
            double half_label = 0;
            for (const auto& tick : model.legend_ramp.ticks) half_label = std::max(half_label, measure_text(cr, tick.label, legend_text_style(model.style)).y / 2);
            const double top = y + half_label, text_x = padding + bar.x + 0.8 * mm + gap;
            layout.swatch_at.push_back({padding, top});
            layout.swatch_size.push_back(bar);
            layout.text_at.push_back({text_x, top});
            for (const auto& tick : model.legend_ramp.ticks) {
                const XY text = measure_text(cr, tick.label, legend_text_style(model.style));
                layout.tick_text_at.push_back({text_x, top + tick.at * bar.y - text.y / 2});
                width = std::max(width, text_x - padding + text.x);
            }
            y += bar.y + 2 * half_label + 0.8 * mm;
            continue;
        }
        const XY text = measure_text(cr, entry.text, legend_text_style(model.style));
        const bool circle = entry.kind == LegendEntry::Kind::circle;
        const bool has_swatch = entry.kind != LegendEntry::Kind::text_only;
        const double symbol_height = circle ? 2 * entry.radius_pt : swatch.y;
        const double row = std::max(has_swatch ? symbol_height : 0.0, text.y);
        layout.swatch_at.push_back({padding, y + (row - symbol_height) / 2});
        layout.swatch_size.push_back(swatch);
        const double symbol_width = circle ? std::max(layout.circle_column, swatch.x) : swatch.x;
        const double text_x = has_swatch ? padding + symbol_width + gap : padding;
        layout.text_at.push_back({text_x, y + (row - text.y) / 2});
        width = std::max(width, text_x - padding + text.x);
        y += row + 0.8 * mm;
    }
    layout.size = {width + 2 * padding, y - 0.8 * mm + padding};
    return layout;
}

}  // namespace bordermap
