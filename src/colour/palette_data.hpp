#pragma once
// The colour data behind colour/palette.hpp, kept apart from the logic (internal to src/colour).
// The definitions are generated at build time from styles/palettes/*.csv by cmake/palette_data.cmake;
// styles/palettes/README.md gives each palette's source and licence.
#include <array>
#include <cstdint>
#include <vector>

#include "bordermap/colour/palette.hpp"

namespace bordermap::palette_data {

using Kind = PaletteKind;

struct BrewerScheme {
    const char* name;
    Kind kind;
    int colourblind_safe_up_to;                     // ColorBrewer's "colorblind safe" flag, as a class count
    std::vector<std::vector<std::uint32_t>> sets;   // 0xrrggbb; sets[i] has i + 3 colours
};

// The schemes of styles/palettes/colorbrewer.csv, in its order.
const std::vector<BrewerScheme>& brewer_schemes();

// 256 entries each, sRGB in 0..1, from the low end of the map to the high end: styles/palettes/<name>.csv.
const std::array<std::array<double, 3>, 256>& viridis();
const std::array<std::array<double, 3>, 256>& magma();
const std::array<std::array<double, 3>, 256>& inferno();
const std::array<std::array<double, 3>, 256>& plasma();
const std::array<std::array<double, 3>, 256>& cividis();

}  // namespace bordermap::palette_data
