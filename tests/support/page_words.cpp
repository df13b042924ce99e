#include "page_words.hpp"

#include <algorithm>
#include <regex>

namespace bordermap::test {
namespace {

std::string describe(const PageWord& w) {
    return "'" + w.text + "' at (" + std::to_string(w.x_min) + ", " + std::to_string(w.y_min) + ")-(" + std::to_string(w.x_max) + ", " +
           std::to_string(w.y_max) + ")";
}

double area(const PageWord& w) { return (w.x_max - w.x_min) * (w.y_max - w.y_min); }

double overlap(const PageWord& a, const PageWord& b) {
    const double x = std::min(a.x_max, b.x_max) - std::max(a.x_min, b.x_min), y = std::min(a.y_max, b.y_max) - std::max(a.y_min, b.y_min);
    return x > 0 && y > 0 ? x * y : 0;
}

}  // namespace

PageWords page_words(const fs::path& pdf) {
    const RunResult result = run_program("pdftotext", {"-bbox", "-f", "1", "-l", "1", pdf.string(), "-"});
    PageWords page;
    if (result.exit_code != 0) return page;
    std::smatch size;
    if (std::regex_search(result.out, size, std::regex(R"re(<page width="([0-9.]+)" height="([0-9.]+)")re"))) {
        page.width = std::stod(size[1]);
        page.height = std::stod(size[2]);
    }
    static const std::regex word(R"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)</word>)re");
    for (auto it = std::sregex_iterator(result.out.begin(), result.out.end(), word); it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        page.words.push_back({m[5], std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])});
    }
    return page;
}

std::vector<std::string> layout_problems(const PageWords& page) {
    std::vector<std::string> problems;
    if (page.width <= 0) return {"the page could not be read"};
    constexpr double slack = 0.5;  // points: rounding of the boxes
    for (const PageWord& w : page.words) {
        if (w.x_min < -slack || w.y_min < -slack || w.x_max > page.width + slack || w.y_max > page.height + slack) {
            problems.push_back(describe(w) + " is cut by the page's edge");
        }
    }
    for (std::size_t i = 0; i < page.words.size(); ++i)
        for (std::size_t j = i + 1; j < page.words.size(); ++j) {
            const PageWord &a = page.words[i], &b = page.words[j];
            if (overlap(a, b) > 0.2 * std::min(area(a), area(b))) problems.push_back(describe(a) + " overlaps " + describe(b));
        }
    return problems;
}

}  // namespace bordermap::test
