#pragma once
// Relations between indicators ([[relation]]) tested on the figures: where the parts of a whole
// are all reported and do not add up; and derived figures whose derivation comes to another
// value. `check` reports them; a build refuses the exact ones.
#include <string>
#include <tuple>
#include <vector>

#include "bordermap/model/project.hpp"

namespace bordermap {

// Figures of one region, indicator and period: what relations and duplicates are about.
using FigureKey = std::tuple<std::string, std::string, std::string>;  // region id, indicator, period
FigureKey figure_key(const ResolvedFigure& figure);

// A figure as a reader sees it: "≈ 1,778", "no data".
std::string figure_text(const Figure& figure);

struct RelationMismatch {
    std::string where;  // the whole's row
    std::string message, fix;
    bool qualified = false;  // a figure involved is "about" or bounded: a question, not a typing error
    std::string code = "relation_mismatch";  // or "derivation_mismatch"
};

// Both kinds, relations first.
std::vector<RelationMismatch> relation_mismatches(const Project& project);
// Derived figures whose value is not what their derivation comes to (rounded as the value is written).
std::vector<RelationMismatch> derivation_mismatches(const Project& project);

}  // namespace bordermap
