#include <iostream>

#include "bordermap/atlas/build.hpp"
#include "bordermap/atlas/project.hpp"
#include "command.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

class CheckCommand : public Command {
public:
    CLI::App* setup(CLI::App& parent) override {
        CLI::App* app = parent.add_subcommand("check", "Validate an atlas, its figures and sources without drawing");
        app->add_option("atlas", atlas_, "Atlas file, or a folder holding atlas.toml (default: the bundled example)");
        app->footer("Exit status: 0 valid, 1 data error (the first one found is reported), 2 usage error.");
        return app;
    }

    int run() override {
        const auto project = load_project(load_atlas(atlas_or_example(atlas_)));
        for (const auto& line : check_atlas(*project)) std::cout << "  " << line << "\n";
        std::cout << "bordermap: " << project->atlas.file.string() << ": " << project->figures.size() << " figures, "
                  << project->sources.size() << " sources, " << project->atlas.maps.size() << " maps: OK\n";
        return 0;
    }

private:
    std::string atlas_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace bordermap::cli
