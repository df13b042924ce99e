#pragma once
// How a colour is seen: as printed in colour, printed in grayscale, or by a dichromat.
#include <vector>

#include "bordermap/colour/colour.hpp"

namespace bordermap {

enum class Vision { normal, grayscale, protanopia, deuteranopia, tritanopia };
const char* to_string(Vision vision);  // "normal vision", "grayscale", "protanopia", ...
std::vector<Vision> all_visions();

// The colour as it appears under `vision`. Grayscale keeps CIE L* (what a good grayscale
// conversion preserves) and drops a* and b*; the deficiencies are simulated at full severity.
Colour simulate(const Colour& colour, Vision vision);

}  // namespace bordermap
