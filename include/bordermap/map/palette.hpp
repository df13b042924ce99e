#pragma once
// Colour schemes for classes. Sequential ColorBrewer schemes by name.
#include <string>
#include <vector>

namespace bordermap {

struct Colour {
    double r = 0, g = 0, b = 0;  // 0..1
    static Colour hex(const std::string& text);  // "#rrggbb"
    std::string hex() const;
    bool operator==(const Colour&) const = default;
};

// The colours of scheme `name` for `count` classes (1-9), light to dark.
// Throws std::invalid_argument naming the known schemes.
std::vector<Colour> palette(const std::string& name, int count);
std::vector<std::string> palette_names();

}  // namespace bordermap
