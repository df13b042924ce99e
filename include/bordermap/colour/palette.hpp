#pragma once
// Colour schemes for classes and continuous ramps: every ColorBrewer scheme by name, and the
// viridis family. A leading '-' reverses a scheme ("-viridis": yellow for the lowest values).
#include <string>
#include <vector>

#include "bordermap/colour/colour.hpp"

namespace bordermap {

enum class PaletteKind { sequential, diverging, qualitative };

struct PaletteInfo {
    std::string name;
    PaletteKind kind = PaletteKind::sequential;
    int max_classes = 9;                 // the most classes the scheme has distinct colours for
    int colourblind_safe_up_to = 0;      // the scheme stays legible with colour-vision deficiencies up to this many classes
    std::string credit;                  // who made it
};

// The palette `name` names (a leading '-' allowed). Throws std::invalid_argument naming the known
// schemes, the nearest first.
PaletteInfo palette_info(const std::string& name);

// The colours of scheme `name` for `count` classes (1 up to its max_classes), lowest class first.
// ColorBrewer schemes give their own set for 3 to 9 classes; one or two classes take the middle or
// the ends of the three-class set. The viridis family gives entries of its published 256-colour map,
// evenly spaced. Throws std::invalid_argument for unknown names and counts the scheme has no set for.
std::vector<Colour> palette(const std::string& name, int count);

// The colour at `t` (0: lowest, 1: highest; clamped) along the scheme as a continuous ramp: its
// largest ColorBrewer set (or its 256 published entries) as evenly spaced stops, interpolated in
// CIELAB so that equal steps in value look like equal steps in colour. Not for qualitative schemes
// (std::invalid_argument).
Colour sample_palette(const std::string& name, double t);

// Every scheme, sequential first, then diverging, qualitative and the viridis family.
std::vector<std::string> palette_names();

// Colour-blind safe and light for the lowest values: ColorBrewer marks YlOrRd "colorblind safe" for
// every number of classes (colorbrewer2.org), so it is the default of every map.
inline constexpr const char* default_palette = "YlOrRd";

}  // namespace bordermap
