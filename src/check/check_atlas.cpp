// `bordermap check` as a whole: the project's findings, then what the build itself would refuse.
#include <algorithm>

#include "bordermap/atlas/build.hpp"
#include "bordermap/check/check.hpp"

namespace bordermap {

std::vector<Finding> check_atlas(const Project& project, const std::vector<DataError>& bad_rows) {
    const auto is_error = [](const Finding& f) { return f.severity == Finding::Severity::error; };
    std::vector<Finding> findings = check_project(project, bad_rows);
    // A map that does not join or class is reported already, and the build would stop at it.
    if (std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return is_error(f) && f.code == "map"; })) return findings;
    for (const DataError& e : build_refusals(project)) {
        const bool known = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.where == e.where() && f.message == e.problem(); });
        if (known) continue;  // relations, reported by check_project
        const Finding refusal{Finding::Severity::error, e.code() == "data_error" ? "map" : e.code(), e.where(), e.problem(), e.fix()};
        findings.insert(std::find_if_not(findings.begin(), findings.end(), is_error), refusal);
    }
    return findings;
}

}  // namespace bordermap
