#include "bordermap/render/text.hpp"

#include "bordermap/core/xml.hpp"
#include "bordermap/render/cairo_handles.hpp"

#include <cstdio>

namespace bordermap {
namespace {

// The style's font for Latin and Cyrillic; fontconfig falls back to Noto Sans CJK for Chinese and Korean.
std::string font_families(const TextStyle& style) { return style.font + ", Noto Sans CJK SC, Noto Sans CJK KR, sans-serif"; }

cairo::Layout make_layout(cairo_t* cr, const std::string& text, const TextStyle& style) {
    cairo::Layout layout(pango_cairo_create_layout(cr));
    PangoContext* context = pango_layout_get_context(layout.get());
    // One point per user unit on every surface, and no hinting, so PDF, SVG and PNG set
    // text identically whatever the output resolution.
    pango_cairo_context_set_resolution(context, 72.0);
    cairo::FontOptions options(cairo_font_options_create());
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options.get());
    pango_layout_context_changed(layout.get());

    cairo::FontDescription font(pango_font_description_from_string(font_families(style).c_str()));
    pango_font_description_set_absolute_size(font.get(), style.size_pt * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    if (style.wrap_width_pt > 0) {
        pango_layout_set_width(layout.get(), static_cast<int>(style.wrap_width_pt * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD);
    }
    if (style.centred) pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    pango_layout_set_text(layout.get(), text.c_str(), -1);
    return layout;
}

// The address is the key Cairo's user data is filed under.
const cairo_user_data_key_t svg_text_key{};

std::string svg_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

// One <text> for the layout, one <tspan> per line at Pango's position for it.
std::string svg_element(cairo_t* cr, PangoLayout* layout, const std::string& text, XY origin, const TextStyle& style) {
    std::string out = "<text xml:space=\"preserve\" font-family=\"" + xml_escape(font_families(style)) + "\" font-size=\"" +
                      svg_number(style.size_pt) + "\"" + (style.bold ? " font-weight=\"bold\"" : "") +
                      (style.italic ? " font-style=\"italic\"" : "") + " fill=\"" + style.colour.hex() + "\"";
    if (style.halo_pt > 0) {
        out += " stroke=\"#ffffff\" stroke-opacity=\"0.9\" stroke-width=\"" + svg_number(style.halo_pt * 2) +
               "\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
    }
    out += ">";
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
        const PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        double x = origin.x + static_cast<double>(logical.x) / PANGO_SCALE;
        double y = origin.y + static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
        cairo_user_to_device(cr, &x, &y);
        const std::string part = text.substr(static_cast<std::size_t>(line->start_index), static_cast<std::size_t>(line->length));
        out += "<tspan x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\">" + xml_escape(part) + "</tspan>";
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return out + "</text>\n";
}

}  // namespace

SvgText::SvgText(cairo_t* cr) : cr_(cr) { cairo_set_user_data(cr_, &svg_text_key, this, nullptr); }
SvgText::~SvgText() { cairo_set_user_data(cr_, &svg_text_key, nullptr, nullptr); }

XY measure_text(cairo_t* cr, const std::string& text, const TextStyle& style) {
    cairo::Layout layout = make_layout(cr, text, style);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return {static_cast<double>(logical.width) / PANGO_SCALE, static_cast<double>(logical.height) / PANGO_SCALE};
}

void draw_text(cairo_t* cr, const std::string& text, XY top_left, const TextStyle& style) {
    cairo::Layout layout = make_layout(cr, text, style);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    if (auto* svg = static_cast<SvgText*>(cairo_get_user_data(cr, &svg_text_key))) {
        svg->add(svg_element(cr, layout.get(), text, {top_left.x - static_cast<double>(logical.x) / PANGO_SCALE, top_left.y}, style));
        return;
    }
    cairo_save(cr);
    cairo_move_to(cr, top_left.x - static_cast<double>(logical.x) / PANGO_SCALE, top_left.y);
    if (style.halo_pt > 0) {
        pango_cairo_layout_path(cr, layout.get());
        cairo_set_source_rgba(cr, 1, 1, 1, 0.9);
        cairo_set_line_width(cr, style.halo_pt * 2);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr);
        cairo_move_to(cr, top_left.x - static_cast<double>(logical.x) / PANGO_SCALE, top_left.y);
    }
    cairo_set_source_rgb(cr, style.colour.r, style.colour.g, style.colour.b);
    pango_cairo_show_layout(cr, layout.get());
    cairo_restore(cr);
}

}  // namespace bordermap
