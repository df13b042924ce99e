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
// Round legend swatches (a class only circles have; 3.6 mm across, the swatch's height) are not
// proportional circles: svg_circles leaves them out, svg_round_swatches gives only them.
std::vector<SvgCircle> svg_circles(const fs::path& svg);
std::vector<SvgCircle> svg_round_swatches(const fs::path& svg);
inline constexpr double legend_swatch_radius_pt = 1.8 / 25.4 * 72;

// The page's size and its legend boxes (the white, 93 % opaque box each legend is drawn on), in points.
struct SvgBox {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};
SvgBox svg_page(const fs::path& svg);
std::vector<SvgBox> svg_legend_boxes(const fs::path& svg);

// What a drawing does wrong with its symbols: a proportional circle reaching past the page, or
// partly under a legend (a legend's own circles lie wholly inside it). Empty when all is well.
std::vector<std::string> symbol_layout_problems(const fs::path& svg);

// The radius the page draws a value with, on a scale where `reference` has `reference_radius`
// (area proportional to value): what a test expects to find among svg_circles.
double expected_radius(double value, double reference, double reference_radius);

// True when `circles` hold one of radius `r` (within 2 % or 0.05 pt).
bool has_circle(const std::vector<SvgCircle>& circles, double r);

}  // namespace bordermap::test
