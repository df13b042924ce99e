#include "svg_shapes.hpp"

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>

namespace bordermap::test {

namespace {

std::vector<SvgCircle> stroked_circles(const fs::path& svg) {
    const std::string text = read_file(svg);
    static const std::regex path(R"re(<path style="([^"]*)" d="([^"]*)")re");
    std::vector<SvgCircle> circles;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), path); it != std::sregex_iterator(); ++it) {
        const std::string style = (*it)[1], d = (*it)[2];
        if (style.find("stroke:rgb") == std::string::npos) continue;
        const auto arcs = std::count(d.begin(), d.end(), 'C');
        if (arcs < 2 || arcs % 2 != 0 || std::count(d.begin(), d.end(), 'M') != 1 || d.rfind("M ", 0) != 0) continue;
        // Cairo starts a full circle at its right and splits it in two halves: the end points of
        // the arcs include its rightmost and leftmost points, and the last is the first.
        std::istringstream numbers(d);
        std::string token;
        std::vector<double> xs, ys;
        std::vector<double> segment;
        while (numbers >> token) {
            if (token == "M" || token == "C") continue;
            segment.push_back(std::stod(token));
            if (segment.size() == 2 && xs.empty()) {  // the M point
                xs.push_back(segment[0]);
                ys.push_back(segment[1]);
                segment.clear();
            } else if (segment.size() == 6) {
                xs.push_back(segment[4]);
                ys.push_back(segment[5]);
                segment.clear();
            }
        }
        if (xs.size() != static_cast<std::size_t>(arcs) + 1 || !segment.empty()) continue;
        if (std::fabs(xs.back() - xs.front()) > 0.01 || std::fabs(ys.back() - ys.front()) > 0.01) continue;
        const auto [min_x, max_x] = std::minmax_element(xs.begin(), xs.end());
        const double r = (*max_x - *min_x) / 2, cx = (*max_x + *min_x) / 2, cy = ys.front();
        // Every end point lies on the circle.
        const bool round = r > 0 && std::all_of(xs.begin(), xs.end(), [&, i = std::size_t{0}](double x) mutable {
            const double y = ys[i++];
            return std::fabs(std::hypot(x - cx, y - cy) - r) <= 0.02 * r + 0.01;
        });
        if (round) circles.push_back({cx, cy, r});
    }
    return circles;
}

bool is_round_swatch(const SvgCircle& c) { return std::fabs(c.r - legend_swatch_radius_pt) < 0.05; }

}  // namespace

std::vector<SvgCircle> svg_circles(const fs::path& svg) {
    std::vector<SvgCircle> circles = stroked_circles(svg);
    std::erase_if(circles, is_round_swatch);
    return circles;
}

std::vector<SvgCircle> svg_round_swatches(const fs::path& svg) {
    std::vector<SvgCircle> circles = stroked_circles(svg);
    std::erase_if(circles, [](const SvgCircle& c) { return !is_round_swatch(c); });
    return circles;
}

double expected_radius(double value, double reference, double reference_radius) {
    return std::max(1.0, reference_radius * std::sqrt(std::fabs(value) / reference));
}

bool has_circle(const std::vector<SvgCircle>& circles, double r) {
    return std::any_of(circles.begin(), circles.end(), [r](const SvgCircle& c) { return std::fabs(c.r - r) <= std::max(0.02 * r, 0.05); });
}

}  // namespace bordermap::test
