#pragma once
// Where a label, the legend or a piece of furniture may go: the frame, less what is placed already.
#include <cairo.h>

#include <optional>
#include <string>
#include <vector>

#include "bordermap/render/map_model.hpp"

namespace bordermap {

struct Placer {
    cairo_t* cr;  // measures the text
    Box frame;
    std::vector<Box> taken;

    // Inside the frame and clear of everything taken.
    bool free(const Box& box) const;

    // How much of `box` is outside the frame or over what is taken (square points).
    double crowding(const Box& box) const;

    // Tries the candidate offsets from `anchor` in order; the first free one wins, and the least
    // crowded one when `force` is set and none is free. An offset of 0 centres the text on the anchor
    // along that axis; a negative one sets the text before it, a positive one after.
    std::optional<Label> place(const std::string& text, const TextStyle& style, const std::vector<XY>& offsets, XY anchor, bool force);
};

}  // namespace bordermap
