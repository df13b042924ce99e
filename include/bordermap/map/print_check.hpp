#pragma once
// Print check: do a map's class colours stay apart in grayscale and for readers with a
// colour-vision deficiency? (The colour science is in colour/lab.hpp and colour/vision.hpp.)
#include <optional>
#include <string>
#include <vector>

#include "bordermap/colour/colour.hpp"
#include "bordermap/colour/lab.hpp"
#include "bordermap/colour/vision.hpp"

namespace bordermap {

// Two colours closer than this (CIEDE2000, after simulation) count as merged. Why 4: see print_check.cpp.
inline constexpr double print_check_threshold = 4.0;

// A colour difference as messages give it, with one decimal: "3.0", not "3" (not a count).
std::string one_decimal(double value);

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
