#pragma once
// The title, subtitle and footer text of a page, wrapped to the width between its margins:
// composition measures with them and drawing sets with them, so both agree.
#include "bordermap/model/style.hpp"
#include "bordermap/render/text.hpp"

namespace bordermap {

struct PageText {
    TextStyle title, subtitle, footer;
};
PageText page_text(const Style& style, double page_width_pt);

}  // namespace bordermap
