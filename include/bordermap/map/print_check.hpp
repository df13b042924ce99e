#pragma once
// Print check: do a map's class colours stay apart in grayscale and for readers with a
// colour-vision deficiency? Colour science in sRGB (IEC 61966-2-1), CIELAB (D65) and CIEDE2000.
#include <optional>
#include <string>
#include <vector>

#include "bordermap/map/palette.hpp"

namespace bordermap {

struct Lab {
    double L = 0, a = 0, b = 0;
};

// sRGB transfer function, one channel in 0..1, both ways.
double srgb_to_linear(double v);
double linear_to_srgb(double v);

// CIELAB under D65 (the sRGB white), L* in 0..100.
Lab to_lab(const Colour& colour);

// CIEDE2000 colour difference (CIE 142-2001; as written out by Sharma, Wu & Dalal 2005),
// with the parametric factors kL = kC = kH = 1. Symmetric in its arguments.
double ciede2000(const Lab& x, const Lab& y);

// How a colour is seen: as printed in colour, printed in grayscale, or by a dichromat.
enum class Vision { normal, grayscale, protanopia, deuteranopia, tritanopia };
const char* to_string(Vision vision);  // "normal vision", "grayscale", "protanopia", ...
std::vector<Vision> all_visions();

// The colour as it appears under `vision`. Grayscale keeps CIE L* (what a good grayscale
// conversion preserves) and drops a* and b*; the deficiencies are simulated at full severity.
Colour simulate(const Colour& colour, Vision vision);

// Two colours closer than this (CIEDE2000, after simulation) count as merged. Why 4: see print_check.cpp.
inline constexpr double print_check_threshold = 4.0;

struct Swatch {
    std::string label;  // the class's legend label ("1,000 – 2,000")
    Colour colour;
};

// The no-data swatch: a fill crossed by hatch lines. It is told from the classes by its
// hatching, so what must survive is the hatch against its own fill.
struct HatchSwatch {
    std::string label;
    Colour fill, hatch;
};

// Two swatches that merge under a vision.
struct Merge {
    Vision vision = Vision::normal;
    // Indices into the classes, first < second; both equal to the number of classes for the no-data hatch.
    std::size_t first = 0, second = 0;
    std::string first_label, second_label;
    double delta_e = 0;
};

struct VisionSummary {
    Vision vision = Vision::normal;
    double smallest = 0;  // the smallest difference between any two swatches compared (infinite with nothing to compare)
    std::string first_label, second_label;  // the pair that has it
};

struct PrintCheck {
    double threshold = print_check_threshold;
    std::vector<VisionSummary> summaries;  // one per vision, in all_visions() order
    // Every pair below the threshold, by vision then legend order. A pair already below it in normal
    // vision is listed under normal vision only: grayscale or a deficiency is not what merged it.
    std::vector<Merge> merges;
    bool passes() const { return merges.empty(); }
};

// Compares every pair of classes (not only neighbours in the legend: the ends of a diverging
// scheme may merge under a deficiency), and the no-data hatch against its fill when given.
PrintCheck check_print(const std::vector<Swatch>& classes, const std::optional<HatchSwatch>& no_data = std::nullopt,
                       double threshold = print_check_threshold);

}  // namespace bordermap
