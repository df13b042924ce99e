#include "render/placer.hpp"

#include <algorithm>

namespace bordermap {

bool Placer::free(const Box& box) const {
    if (box.min_x < frame.min_x || box.max_x > frame.max_x || box.min_y < frame.min_y || box.max_y > frame.max_y) return false;
    return std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(box); });
}

std::optional<Label> Placer::place(const std::string& text, const TextStyle& style, const std::vector<XY>& offsets, XY anchor, bool force) {
    const XY size = measure_text(cr, text, style);
    for (const XY& offset : offsets) {
        const XY top_left{anchor.x + offset.x - (offset.x == 0 ? size.x / 2 : (offset.x < 0 ? size.x : 0)),
                          anchor.y + offset.y - (offset.y == 0 ? size.y / 2 : (offset.y < 0 ? size.y : 0))};
        const Box box{top_left.x - 1, top_left.y - 0.5, top_left.x + size.x + 1, top_left.y + size.y + 0.5};
        if (free(box) || (force && &offset == &offsets.back())) {
            taken.push_back(box);
            return Label{text, top_left, style};
        }
    }
    return std::nullopt;
}

}  // namespace bordermap
