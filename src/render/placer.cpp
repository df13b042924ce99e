#include "render/placer.hpp"

#include <algorithm>
#include <cmath>

namespace bordermap {

bool Placer::free(const Box& box) const {
    if (box.min_x < frame.min_x || box.max_x > frame.max_x || box.min_y < frame.min_y || box.max_y > frame.max_y) return false;
    return std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(box); });
}

namespace {

double overlap_area(const Box& a, const Box& b) {
    const double x = std::min(a.max_x, b.max_x) - std::max(a.min_x, b.min_x), y = std::min(a.max_y, b.max_y) - std::max(a.min_y, b.min_y);
    return x > 0 && y > 0 ? x * y : 0;
}

}  // namespace

double Placer::crowding(const Box& box) const {
    // What lies outside the frame counts as hidden; then each overlap with what is taken.
    double hidden = box.width() * box.height() - overlap_area(box, frame);
    for (const Box& t : taken) hidden += overlap_area(box, t);
    return hidden;
}

std::optional<Label> Placer::place(const std::string& text, const TextStyle& style, const std::vector<XY>& offsets, XY anchor, bool force) {
    const XY size = measure_text(cr, text, style);
    std::optional<Box> least_crowded;
    double least = INFINITY;
    for (const XY& offset : offsets) {
        const XY top_left{anchor.x + offset.x - (offset.x == 0 ? size.x / 2 : (offset.x < 0 ? size.x : 0)),
                          anchor.y + offset.y - (offset.y == 0 ? size.y / 2 : (offset.y < 0 ? size.y : 0))};
        const Box box{top_left.x - 1, top_left.y - 0.5, top_left.x + size.x + 1, top_left.y + size.y + 0.5};
        if (free(box)) {
            taken.push_back(box);
            return Label{text, top_left, style, std::nullopt};
        }
        if (const double hidden = crowding(box); force && hidden < least - 1e-9) {
            least = hidden;
            least_crowded = box;
        }
    }
    if (!least_crowded) return std::nullopt;
    // Nowhere free: where it hides the least of the others.
    taken.push_back(*least_crowded);
    return Label{text, {least_crowded->min_x + 1, least_crowded->min_y + 0.5}, style, std::nullopt};
}

}  // namespace bordermap
