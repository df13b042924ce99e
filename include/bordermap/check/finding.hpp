#pragma once
// One thing `bordermap check` found: where, what, and what to do.
#include <string>
#include <vector>

namespace bordermap {

struct Finding {
    enum class Severity { error, warning } severity = Severity::error;
    std::string code;     // stable: unknown_region, relation_mismatch, conflict, unused_source ...
    std::string where;    // "figures.csv:12", "atlas.toml:40"
    std::string message;
    std::string fix;
};

const char* to_string(Finding::Severity severity);

// "figures.csv:12: error: ...\n  fix", one finding after the other, then a count line.
std::string format_findings(const std::vector<Finding>& findings);
// {"errors": N, "warnings": M, "findings": [{"severity", "code", "where", "message", "fix"}]}
std::string findings_json(const std::vector<Finding>& findings);

}  // namespace bordermap
