#include "svg_shapes.hpp"

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>

namespace bordermap::test {

namespace {

// Every <path style="…" d="…"> as {style, d}. Scanned by hand: std::regex recurses once per
// character and overflows the stack on a coastline's d attribute.
std::vector<std::pair<std::string, std::string>> styled_paths(const std::string& text) {
    std::vector<std::pair<std::string, std::string>> paths;
    const std::string open = "<path style=\"", between = "\" d=\"";
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
        const std::size_t style_start = at + open.size(), style_end = text.find('"', style_start);
        if (style_end == std::string::npos || text.compare(style_end, between.size(), between) != 0) continue;
        const std::size_t d_start = style_end + between.size(), d_end = text.find('"', d_start);
        if (d_end == std::string::npos) break;
        paths.emplace_back(text.substr(style_start, style_end - style_start), text.substr(d_start, d_end - d_start));
    }
    return paths;
}

std::vector<SvgCircle> stroked_circles(const fs::path& svg) {
    std::vector<SvgCircle> circles;
    for (const auto& [style, d] : styled_paths(read_file(svg))) {
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

SvgBox svg_page(const fs::path& svg) {
    const std::string text = read_file(svg);
    static const std::regex size(R"re(<svg[^>]* width="([0-9.]+)pt" height="([0-9.]+)pt")re");
    std::smatch m;
    if (!std::regex_search(text, m, size)) return {};
    return {0, 0, std::stod(m[1]), std::stod(m[2])};
}

std::vector<SvgBox> svg_legend_boxes(const fs::path& svg) {
    static const std::regex box(R"re(^M ([0-9.]+) ([0-9.]+) L ([0-9.]+) [0-9.]+ L [0-9.]+ ([0-9.]+) )re");
    std::vector<SvgBox> boxes;
    for (const auto& [style, d] : styled_paths(read_file(svg))) {
        std::smatch m;
        const std::string head = d.substr(0, 120);  // a rectangle's four corners; never a long path
        if (style.find("fill:rgb(100%,100%,100%);fill-opacity:0.93;") == std::string::npos || !std::regex_search(head, m, box)) continue;
        boxes.push_back({std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
    }
    return boxes;
}

std::vector<std::string> symbol_layout_problems(const fs::path& svg) {
    std::vector<std::string> problems;
    const SvgBox page = svg_page(svg);
    const std::vector<SvgBox> legends = svg_legend_boxes(svg);
    constexpr double slack = 0.5;  // points
    const auto where = [](const SvgCircle& c) {
        std::ostringstream out;
        out << "the circle of radius " << c.r << " pt at " << c.cx << ", " << c.cy;
        return out.str();
    };
    for (const SvgCircle& c : svg_circles(svg)) {
        if (c.cx - c.r < page.min_x - slack || c.cy - c.r < page.min_y - slack || c.cx + c.r > page.max_x + slack || c.cy + c.r > page.max_y + slack)
            problems.push_back(where(c) + " reaches past the page");
        for (const SvgBox& legend : legends) {
            const bool inside = c.cx - c.r >= legend.min_x - slack && c.cx + c.r <= legend.max_x + slack && c.cy - c.r >= legend.min_y - slack &&
                                c.cy + c.r <= legend.max_y + slack;
            const double nx = std::clamp(c.cx, legend.min_x, legend.max_x), ny = std::clamp(c.cy, legend.min_y, legend.max_y);
            const bool meets = std::hypot(nx - c.cx, ny - c.cy) < c.r - slack;
            if (meets && !inside) problems.push_back(where(c) + " lies partly under the legend");
        }
    }
    return problems;
}

}  // namespace bordermap::test
