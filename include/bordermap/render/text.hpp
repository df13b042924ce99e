#pragma once
// Text set with Pango on a Cairo context whose user unit is the typographic point.
#include <cairo.h>

#include <string>

#include "bordermap/geo/geometry.hpp"
#include "bordermap/colour/colour.hpp"

namespace bordermap {

struct TextStyle {
    double size_pt = 7.5;
    bool bold = false;
    bool italic = false;
    Colour colour{0.13, 0.13, 0.13};
    double halo_pt = 0;  // white outline width; 0 for none
    double wrap_width_pt = 0;  // 0: no wrapping
    bool centred = false;      // centre each line (for multi-line labels)
    std::string font = "Noto Sans";  // Chinese and Korean fall back to Noto Sans CJK
};

// Size of `text` set in `style` on `cr`, in points.
XY measure_text(cairo_t* cr, const std::string& text, const TextStyle& style);

// Draws `text` with its top-left corner at `top_left`; while an SvgText is attached to `cr`, the
// text is given to it instead of being drawn as glyph outlines.
void draw_text(cairo_t* cr, const std::string& text, XY top_left, const TextStyle& style);

// Collects the text drawn on a context as SVG <text> elements, one per draw_text call (a label
// stays one piece of text an editor can change), each line a <tspan> placed where Pango set it.
// Attached to the context while alive. (Cairo's SVG surface writes glyph outlines instead.)
class SvgText {
public:
    explicit SvgText(cairo_t* cr);
    ~SvgText();
    SvgText(const SvgText&) = delete;
    SvgText& operator=(const SvgText&) = delete;

    void add(const std::string& element) { elements_ += element; }
    const std::string& elements() const { return elements_; }

private:
    cairo_t* cr_;
    std::string elements_;
};

}  // namespace bordermap
