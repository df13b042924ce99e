#include <algorithm>
#include <iostream>
#include <set>

#include "bordermap/model/project.hpp"
#include "bordermap/check/check.hpp"
#include "command.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

// Maps as a reader counts them: small multiples are one map, whatever their panels.
std::size_t figure_count(const Atlas& atlas) {
    std::set<std::string> figures;
    for (const auto& map : atlas.maps) figures.insert(map.multiple.empty() ? map.id : map.multiple);
    return figures.size();
}

class CheckCommand : public Command {
    std::string atlas_, format_ = "text";
    bool strict_ = false;

public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("check", "Validate an atlas, its figures and sources without drawing");
        add_atlas_argument(options, atlas_);
        options.choice("--format", format_, "Report as text or json", {"text", "json"}).flag("--strict", strict_, "Warnings fail too (exit 1)");
        options.footer(
            "Reports every problem found: rows that cannot be read or resolved, duplicate and conflicting figures,\n"
            "relations ([[relation]]) that do not add up, unused sources and figures, maps that cannot be made\n"
            "(each map planned and laid out as build does it: what check accepts, build draws),\n"
            "and map classes that merge in grayscale or for colour-blind readers (print_grayscale, print_cvd).\n"
            "Exit status: 0 no errors (warnings allowed unless --strict), 1 errors, 2 usage error.");
        return options;
    }

    int run() override {
        std::vector<DataError> bad_rows;
        const auto project = load_project(load_atlas(atlas_or_example(atlas_)), &bad_rows);
        const auto findings = check_atlas(*project, bad_rows);
        const bool errors = std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Finding::Severity::error; });
        if (format_ == "json") {
            std::cout << findings_json(findings);
        } else {
            if (!errors) {
                for (const auto& line : describe_maps(*project)) std::cout << "  " << line << "\n";
            }
            std::cout << format_findings(findings);
            std::cout << "bordermap: " << project->atlas.file.string() << ": " << project->figures.size() << " figures, "
                      << project->sources.size() << " sources, " << figure_count(project->atlas) << " maps: "
                      << (errors ? "errors found" : "OK") << "\n";
        }
        return errors || (strict_ && !findings.empty()) ? 1 : 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace bordermap::cli
