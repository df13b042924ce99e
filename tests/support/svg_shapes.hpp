#pragma once
// Shapes read back from the SVG files bordermap writes through Cairo, to measure what a page draws.
#include <string>
#include <vector>

#include "test_support.hpp"

namespace bordermap::test {

// A stroked circle as Cairo writes one: a closed path of an even number of Bézier arcs ("M … C … C …").
// Proportional circles, on the map and in the legend, are drawn so; place dots are not stroked.
struct SvgCircle {
    double cx = 0, cy = 0, r = 0;  // in points, the page's units
};
std::vector<SvgCircle> svg_circles(const fs::path& svg);

// The radius the page draws a value with, on a scale where `reference` has `reference_radius`
// (area proportional to value): what a test expects to find among svg_circles.
double expected_radius(double value, double reference, double reference_radius);

// True when `circles` hold one of radius `r` (within 2 % or 0.05 pt).
bool has_circle(const std::vector<SvgCircle>& circles, double r);

}  // namespace bordermap::test
