#pragma once
// Validates an atlas without drawing: every problem found, not only the first.
#include <string>
#include <vector>

#include "bordermap/model/project.hpp"
#include "bordermap/check/finding.hpp"

namespace bordermap {

// `bad_rows`: the rows load_project() left out, each reported as an error. Then: figures that
// repeat or conflict, relations that do not add up, sources no figure cites, figures no map
// shows, and maps that cannot be joined.
std::vector<Finding> check_project(const Project& project, const std::vector<DataError>& bad_rows);

// check_project's findings and, when every map joins and classes, what a build would refuse
// besides (build_refusals): what `bordermap check` reports, so that it accepts what a build draws.
std::vector<Finding> check_atlas(const Project& project, const std::vector<DataError>& bad_rows);

// Relation findings only (used by check_project; separate so that it can be tested on its own).
std::vector<Finding> check_relations(const Project& project);

// One line per map: what it shows and in how many classes (each map joined and classed with its
// class group, as the build does it, but not drawn).
std::vector<std::string> describe_maps(const Project& project);

}  // namespace bordermap
