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

namespace {

constexpr double padding = 2.2 * mm, gap = 1.4 * mm, row_gap = 0.8 * mm;
const XY swatch{6.0 * mm, 3.6 * mm};

// Proportional circles nested on one baseline, each value at the level of its circle's top with a
// leader line: as compact as the largest circle, whatever the number of sizes. Labels that would
// touch are moved down. Returns the block's height; `right` grows to the block's right edge.
double layout_circles(cairo_t* cr, const MapModel& model, LegendLayout& layout, XY at, double& right) {
    double largest = 0;
    for (const auto& entry : model.legend)
        if (entry.kind == LegendEntry::Kind::circle) largest = std::max(largest, entry.radius_pt);
    const double top = at.y, bottom = top + 2 * largest, centre_x = at.x + largest, text_x = at.x + 2 * largest + 2 * gap;
    double next_free = top, block_bottom = bottom;
    for (std::size_t i = 0; i < model.legend.size(); ++i) {
        const LegendEntry& entry = model.legend[i];
        if (entry.kind != LegendEntry::Kind::circle) continue;
        const XY text = measure_text(cr, entry.text, legend_text_style(model.style));
        const double circle_top = bottom - 2 * entry.radius_pt;
        const double text_y = std::max(circle_top - text.y / 2, next_free);
        layout.swatch_at[i] = {centre_x - entry.radius_pt, circle_top};
        layout.swatch_size[i] = {2 * entry.radius_pt, 2 * entry.radius_pt};
        layout.text_at[i] = {text_x, text_y};
        layout.leaders[i] = {{centre_x, circle_top}, {text_x - 0.6 * mm, text_y + text.y / 2}};
        next_free = text_y + text.y + 0.2 * mm;
        block_bottom = std::max(block_bottom, text_y + text.y);
        right = std::max(right, text_x + text.x);
    }
    return block_bottom - top;
}

}  // namespace

TextStyle legend_heading_style(const MapModel& model, bool title) {
    TextStyle text = legend_text_style(model.style, title);
    if (!title) text.colour = model.style.muted_text;
    if (model.legend_max_width_pt > 0) text.wrap_width_pt = std::max(20 * mm, model.legend_max_width_pt - 2 * padding);
    return text;
}

LegendLayout layout_legend(cairo_t* cr, const MapModel& model) {
    LegendLayout layout;
    const std::size_t entries = model.legend.size();
    layout.swatch_at.resize(entries);
    layout.swatch_size.resize(entries);
    layout.text_at.resize(entries);
    layout.leaders.resize(entries);
    const XY title = measure_text(cr, model.legend_title, legend_heading_style(model, true));
    const XY subtitle = measure_text(cr, model.legend_subtitle, legend_heading_style(model, false));
    double y = padding, width = std::max(title.x, subtitle.x), entries_width = 0;
    layout.title_at = {padding, y};
    y += title.y;
    layout.subtitle_at = {padding, y};
    y += subtitle.y + gap;
    const double entries_top = y;
    bool has_circles = false;
    for (std::size_t i = 0; i < entries; ++i) {
        const LegendEntry& entry = model.legend[i];
        if (entry.kind == LegendEntry::Kind::circle) {
            has_circles = true;
            continue;
        }
        if (entry.kind == LegendEntry::Kind::ramp) {
            // The end labels are centred on the bar's ends, so half a label sticks out above and below.
            const XY bar{swatch.x * 0.75, legend_ramp_mm * mm};
            double half_label = 0;
            for (const auto& tick : model.legend_ramp.ticks) half_label = std::max(half_label, measure_text(cr, tick.label, legend_text_style(model.style)).y / 2);
            const double top = y + half_label, text_x = padding + bar.x + 0.8 * mm + gap;
            layout.swatch_at[i] = {padding, top};
            layout.swatch_size[i] = bar;
            layout.text_at[i] = {text_x, top};
            for (const auto& tick : model.legend_ramp.ticks) {
                const XY text = measure_text(cr, tick.label, legend_text_style(model.style));
                layout.tick_text_at.push_back({text_x, top + tick.at * bar.y - text.y / 2});
                entries_width = std::max(entries_width, text_x - padding + text.x);
            }
            y += bar.y + 2 * half_label + row_gap;
            continue;
        }
        const XY text = measure_text(cr, entry.text, legend_text_style(model.style));
        const bool has_swatch = entry.kind != LegendEntry::Kind::text_only;
        const double row = std::max(has_swatch ? swatch.y : 0.0, text.y);
        layout.swatch_at[i] = {padding, y + (row - swatch.y) / 2};
        layout.swatch_size[i] = swatch;
        const double text_x = has_swatch ? padding + swatch.x + gap : padding;
        layout.text_at[i] = {text_x, y + (row - text.y) / 2};
        entries_width = std::max(entries_width, text_x - padding + text.x);
        y += row + row_gap;
    }
    width = std::max(width, entries_width);
    if (has_circles) {
        // Beside the classes when the legend may be that wide and is shorter so, else below them.
        double right = 0;
        const XY beside{padding + entries_width + 3 * gap, entries_top};
        LegendLayout trial = layout;
        const double beside_height = layout_circles(cr, model, trial, beside, right);
        const bool fits_beside = model.legend_max_width_pt > 0 && right + padding <= model.legend_max_width_pt && y > entries_top;
        if (fits_beside && entries_top + beside_height < y + beside_height + row_gap) {
            layout = std::move(trial);
            width = std::max(width, right - padding);
            y = std::max(y, entries_top + beside_height + row_gap);
        } else {
            right = 0;
            y += layout_circles(cr, model, layout, {padding, y}, right) + row_gap;
            width = std::max(width, right - padding);
        }
    }
    layout.size = {width + 2 * padding, y - row_gap + padding};
    return layout;
}

}  // namespace bordermap
