#pragma once
// Class breaks for a choropleth.
#include <string>
#include <vector>

#include "bordermap/atlas/atlas.hpp"

namespace bordermap {

struct Classification {
    std::vector<double> lower, upper;  // class i holds values in [lower[i], upper[i]]
    std::vector<std::string> labels;   // "8,237 – 15,000", or the value itself for one-value classes
    bool exact_values = false;         // every class is one distinct value of the data

    std::size_t size() const { return upper.size(); }
    // The class of `value`, or -1 when it lies outside every class.
    int class_of(double value) const;
};

// Never more classes than distinct values: with as few or fewer distinct values than
// classes asked for, each value is its own class. Missing values are not passed in,
// so they never count as zeros. Throws std::invalid_argument for an empty input.
// Labels show at most `decimals` decimals (rates need some; counts have none to show).
Classification classify(std::vector<double> values, ClassMethod method, int classes, const std::vector<double>& breaks,
                        int decimals = 2);

}  // namespace bordermap
