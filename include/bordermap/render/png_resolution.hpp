#pragma once
// PNG files that state their resolution: Cairo writes no pHYs chunk, so a word processor or a
// journal's upload check would take a 200 dpi figure for 72 or 96 dpi.
#include <string>

namespace bordermap {

// The PNG with a pHYs chunk for `dpi` (in pixels per metre, as PNG states it) right after its
// IHDR chunk, replacing any pHYs it had. Throws std::invalid_argument when `png` is not a PNG.
std::string png_with_resolution(const std::string& png, double dpi);

// The resolution a PNG states in its pHYs chunk, in dots per inch; 0 when it states none.
double png_resolution_dpi(const std::string& png);

}  // namespace bordermap
