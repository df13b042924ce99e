#include "bordermap/check/finding.hpp"

#include <nlohmann/json.hpp>

namespace bordermap {

const char* to_string(Finding::Severity severity) { return severity == Finding::Severity::error ? "error" : "warning"; }

std::string format_findings(const std::vector<Finding>& findings) {
    std::string out;
    std::size_t errors = 0;
    for (const auto& f : findings) {
        errors += f.severity == Finding::Severity::error ? 1 : 0;
        out += f.where + ": " + to_string(f.severity) + ": " + f.message + " [" + f.code + "]\n";
        if (!f.fix.empty()) out += "  " + f.fix + "\n";
    }
    out += std::to_string(errors) + (errors == 1 ? " error, " : " errors, ") + std::to_string(findings.size() - errors) +
           (findings.size() - errors == 1 ? " warning\n" : " warnings\n");
    return out;
}

std::string findings_json(const std::vector<Finding>& findings) {
    nlohmann::json list = nlohmann::json::array();
    std::size_t errors = 0;
    for (const auto& f : findings) {
        errors += f.severity == Finding::Severity::error ? 1 : 0;
        list.push_back({{"severity", to_string(f.severity)}, {"code", f.code}, {"where", f.where}, {"message", f.message}, {"fix", f.fix}});
    }
    const nlohmann::json report{{"errors", errors}, {"warnings", findings.size() - errors}, {"findings", list}};
    return report.dump(2) + "\n";
}

}  // namespace bordermap
