#include "bordermap/map/classify.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

std::string range_label(double low, double high, int decimals) {
    return low == high ? format_number(low, decimals) : format_number(low, decimals) + " \u2013 " + format_number(high, decimals);
}

}  // namespace

int Classification::class_of(double value) const {
    for (std::size_t i = 0; i < upper.size(); ++i) {
        if (value >= lower[i] && value <= upper[i]) return static_cast<int>(i);
    }
    return -1;
}

Classification classify(std::vector<double> values, ClassMethod method, int classes, const std::vector<double>& breaks,
                        int decimals) {
    if (values.empty()) throw std::invalid_argument("no values to classify");
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const double min = values.front(), max = values.back();

    Classification result;
    if (method != ClassMethod::manual && distinct.size() <= static_cast<std::size_t>(classes)) {
        result.exact_values = true;
        for (double v : distinct) {
            result.lower.push_back(v);
            result.upper.push_back(v);
            result.labels.push_back(format_number(v, decimals));
        }
        return result;
    }

    std::vector<double> uppers;
    switch (method) {
        case ClassMethod::quantile: {
            const std::size_t n = values.size();
            for (int i = 1; i <= classes; ++i) {
                const std::size_t rank = static_cast<std::size_t>(std::ceil(static_cast<double>(n) * i / classes));
                uppers.push_back(values[std::min(n, std::max<std::size_t>(rank, 1)) - 1]);
            }
            break;
        }
        case ClassMethod::equal_interval:
            for (int i = 1; i <= classes; ++i) uppers.push_back(i == classes ? max : min + (max - min) * i / classes);
            break;
        case ClassMethod::manual:
            for (double b : breaks)
                if (b >= min && b < max) uppers.push_back(b);
            uppers.push_back(max);
            break;
    }
    std::sort(uppers.begin(), uppers.end());
    uppers.erase(std::unique(uppers.begin(), uppers.end()), uppers.end());

    // Each class starts at the smallest value above the previous bound; a class no value falls
    // into is dropped rather than shown as an empty legend entry.
    double previous = -INFINITY;
    for (double upper : uppers) {
        auto first = std::upper_bound(values.begin(), values.end(), previous);
        if (first == values.end() || *first > upper) continue;
        const double lower = result.lower.empty() ? min : *first;
        const double top = *std::prev(std::upper_bound(values.begin(), values.end(), upper));
        result.lower.push_back(lower);
        result.upper.push_back(method == ClassMethod::manual && upper != max ? upper : top);
        result.labels.push_back(range_label(lower, result.upper.back(), decimals));
        previous = upper;
    }
    // Values between a manual bound and the next data value must still land in a class.
    for (std::size_t i = 1; i < result.lower.size(); ++i) result.lower[i] = std::min(result.lower[i], std::nextafter(result.upper[i - 1], INFINITY));
    return result;
}

}  // namespace bordermap
