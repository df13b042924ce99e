#include "bordermap/colour/colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace bordermap {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::invalid_argument("not a hexadecimal digit");
}

}  // namespace

Colour Colour::hex(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') throw std::invalid_argument("colour '" + text + "' is not #rrggbb");
    auto channel = [&](int i) { return (hex_digit(text[1 + 2 * i]) * 16 + hex_digit(text[2 + 2 * i])) / 255.0; };
    return {channel(0), channel(1), channel(2)};
}

std::string Colour::hex() const {
    char buffer[8];
    auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(r), byte(g), byte(b));
    return buffer;
}

Colour quantized(const Colour& colour) { return Colour::hex(colour.hex()); }

}  // namespace bordermap
