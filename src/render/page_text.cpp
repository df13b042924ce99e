#include "bordermap/render/page_text.hpp"

#include "bordermap/core/units.hpp"

namespace bordermap {

PageText page_text(const Style& style, double page_width_pt) {
    const double width = page_width_pt - 2 * style.margin_mm * units::mm;
    PageText text{{style.title_pt, true, false, style.text, 0, width}, {style.subtitle_pt, false, false, style.muted_text, 0, width},
                  {style.footer_pt, false, false, style.muted_text, 0, width}};
    text.title.font = text.subtitle.font = text.footer.font = style.font;
    return text;
}

}  // namespace bordermap
