#include "bordermap/map/palette.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace bordermap {
namespace {

// Colour specifications from ColorBrewer by Cynthia Brewer, Mark Harrower and The Pennsylvania
// State University (colorbrewer.org, Apache License 2.0). Each scheme lists its 3- to 9-class sets.
using Scheme = std::array<std::vector<const char*>, 7>;

const std::map<std::string, Scheme>& schemes() {
    static const std::map<std::string, Scheme> table{
        {"YlOrRd",
         {{{"#ffeda0", "#feb24c", "#f03b20"},
           {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"},
           {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
           {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"},
           {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"},
           {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"},
           {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"}}}},
        {"Blues",
         {{{"#deebf7", "#9ecae1", "#3182bd"},
           {"#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"},
           {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"},
           {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"},
           {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"},
           {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"},
           {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"}}}},
        {"Greys",
         {{{"#f0f0f0", "#bdbdbd", "#636363"},
           {"#f7f7f7", "#cccccc", "#969696", "#525252"},
           {"#f7f7f7", "#cccccc", "#969696", "#636363", "#252525"},
           {"#f7f7f7", "#d9d9d9", "#bdbdbd", "#969696", "#636363", "#252525"},
           {"#f7f7f7", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525"},
           {"#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525"},
           {"#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525", "#000000"}}}},
    };
    return table;
}

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

std::vector<Colour> palette(const std::string& name, int count) {
    const auto found = schemes().find(name);
    if (found == schemes().end()) {
        std::string known;
        for (const auto& n : palette_names()) known += (known.empty() ? "" : ", ") + n;
        throw std::invalid_argument("the palette '" + name + "' is not known; use one of " + known);
    }
    if (count < 1 || count > 9) throw std::invalid_argument("a palette has 1 to 9 classes");
    // One or two classes take the ends of the three-class set, so they still read light to dark.
    const auto& three = found->second[0];
    std::vector<const char*> chosen;
    if (count == 1) chosen = {three[1]};
    else if (count == 2) chosen = {three[0], three[2]};
    else chosen = found->second[static_cast<std::size_t>(count - 3)];
    std::vector<Colour> colours;
    for (const char* c : chosen) colours.push_back(Colour::hex(c));
    return colours;
}

std::vector<std::string> palette_names() {
    std::vector<std::string> names;
    for (const auto& [name, _] : schemes()) names.push_back(name);
    return names;
}

}  // namespace bordermap
