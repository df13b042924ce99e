#include "bordermap/map/classify.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

std::string range_label(double low, double high, int decimals) {
    return low == high ? format_number(low, decimals) : format_number(low, decimals) + " \u2013 " + format_number(high, decimals);
}

}  // namespace

std::vector<double> natural_breaks(std::vector<double> values, int classes) {
    if (values.empty() || classes < 1) return {};
    std::sort(values.begin(), values.end());
    // Runs of equal values are one item with a weight: a class is a range of values, so it can never
    // end in the middle of a run.
    std::vector<double> value, weight;
    for (double v : values) {
        if (value.empty() || v != value.back()) {
            value.push_back(v);
            weight.push_back(0);
        }
        weight.back() += 1;
    }
    const std::size_t m = value.size(), k = std::min<std::size_t>(static_cast<std::size_t>(classes), m);

    // best[c][j]: the least sum of squares of the first j items in c + 1 classes; start[c][j]: where the
    // last of those classes begins. Items are added one end at a time; the cost of every class ending
    // there comes from one backward pass (Welford's update, which keeps large values from cancelling).
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> best(k, std::vector<double>(m + 1, infinity));
    std::vector<std::vector<std::size_t>> start(k, std::vector<std::size_t>(m + 1, 0));
    std::vector<double> cost(m + 1, 0);  // cost[i]: sum of squares of items i .. j-1
    for (std::size_t j = 1; j <= m; ++j) {
        double total = 0, mean = 0, squares = 0;
        for (std::size_t i = j; i-- > 0;) {
            const double w = weight[i], delta = value[i] - mean;
            total += w;
            mean += delta * w / total;
            squares += w * delta * (value[i] - mean);
            cost[i] = std::max(0.0, squares);
        }
        best[0][j] = cost[0];
        for (std::size_t c = 1; c < k && c < j; ++c) {
            // The last class holds items i .. j-1; the c classes before it need at least c items.
            for (std::size_t i = c; i < j; ++i) {
                const double candidate = best[c - 1][i] + cost[i];
                if (candidate < best[c][j]) {
                    best[c][j] = candidate;
                    start[c][j] = i;
                }
            }
        }
    }
    std::vector<double> uppers(k);
    std::size_t end = m;
    for (std::size_t c = k; c-- > 0;) {
        uppers[c] = value[end - 1];
        end = c == 0 ? 0 : start[c][end];
    }
    return uppers;
}

std::vector<double> round_ticks(double low, double high, int most, int decimals) {
    if (!(high > low) || most < 1) return {};
    // A step of at least (high - low) / (most + 1) leaves at most `most` multiples strictly inside.
    decimals = std::max(0, decimals);
    const double target = std::max((high - low) / (most + 1), std::pow(10.0, -decimals));
    const double exponent = std::floor(std::log10(target));
    double step = 0;
    for (double e = exponent; step == 0; e += 1) {
        for (double factor : {1.0, 2.0, 2.5, 5.0}) {
            if (factor == 2.5 && e <= -decimals) continue;  // 2.5 × 10^e would need one decimal more than shown
            if (factor * std::pow(10.0, e) >= target) {
                step = factor * std::pow(10.0, e);
                break;
            }
        }
    }
    std::vector<double> ticks;
    for (double n = std::floor(low / step) + 1; n * step < high; n += 1)
        if (n * step > low) ticks.push_back(n * step);
    return ticks;
}

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

    // Each distinct value its own class: on a ramp (unclassed), or as few values as classes asked for.
    const bool ramp = method == ClassMethod::unclassed && distinct.size() > 1;
    if (ramp || (method != ClassMethod::manual && (method == ClassMethod::unclassed || distinct.size() <= static_cast<std::size_t>(classes)))) {
        Classification each;
        each.continuous = ramp;
        each.exact_values = !ramp;
        for (double v : distinct) {
            each.lower.push_back(v);
            each.upper.push_back(v);
            each.labels.push_back(format_number(v, decimals));
        }
        return each;
    }
    Classification result;

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
        case ClassMethod::natural_breaks:
            uppers = natural_breaks(values, classes);
            break;
        case ClassMethod::manual:
            for (double b : breaks)
                if (b >= min && b < max) uppers.push_back(b);
            uppers.push_back(max);
            break;
        case ClassMethod::unclassed:
            break;  // handled above
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
