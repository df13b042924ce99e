#pragma once
// Class breaks for a choropleth.
#include <string>
#include <vector>

#include "bordermap/model/map_spec.hpp"

namespace bordermap {

struct Classification {
    std::vector<double> lower, upper;  // class i holds values in [lower[i], upper[i]]
    std::vector<std::string> labels;   // "8,237 – 15,000", or the value itself for one-value classes
    bool exact_values = false;         // every class is one distinct value of the data
    // Unclassed: every distinct value is a "class" of its own, coloured by its place between the
    // lowest and highest value (the legend is a ramp, not a list).
    bool continuous = false;

    std::size_t size() const { return upper.size(); }
    // The class of `value`, or -1 when it lies outside every class.
    int class_of(double value) const;
};

// Never more classes than distinct values: with as few or fewer distinct values than
// classes asked for, each value is its own class. Missing values are not passed in,
// so they never count as zeros. Throws std::invalid_argument for an empty input.
// Labels show at most `decimals` decimals (rates need some; counts have none to show).
// Unclassed with a single distinct value gives that one value as an exact class: a ramp from a
// value to itself would say nothing.
Classification classify(std::vector<double> values, ClassMethod method, int classes, const std::vector<double>& breaks,
                        int decimals = 2);

// Fisher's (1958) optimal grouping of `values` into `classes` ranges: of all ways to cut the sorted
// values into that many non-empty runs, the one with the least sum of squared deviations from the
// class means, found exactly by dynamic programming (Jenks's "natural breaks", without the iterative
// heuristic). Equal values always share a class. Returns the upper bound (largest value) of each
// class, lowest first; fewer when there are fewer distinct values. O(classes × distinct²) time.
std::vector<double> natural_breaks(std::vector<double> values, int classes);

// Round numbers strictly between `low` and `high` for the ticks of a continuous legend: multiples of
// 1, 2, 2.5 or 5 × 10^k, at most `most` of them and never finer than `decimals` decimals allow.
std::vector<double> round_ticks(double low, double high, int most, int decimals);

}  // namespace bordermap
