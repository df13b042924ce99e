#pragma once
// An sRGB colour, as every output writes it.
#include <string>

namespace bordermap {

struct Colour {
    double r = 0, g = 0, b = 0;  // 0..1
    static Colour hex(const std::string& text);  // "#rrggbb"; std::invalid_argument otherwise
    std::string hex() const;                     // "#rrggbb", each channel rounded to 8 bits
    bool operator==(const Colour&) const = default;
};

// The colour at 8 bits a channel, exactly what every output writes, so that the PNG, PDF, SVG,
// GeoJSON and QGIS styles carry the same colour for a region.
Colour quantized(const Colour& colour);

}  // namespace bordermap
