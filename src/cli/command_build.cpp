#include <iostream>

#include "bordermap/atlas/atlas.hpp"
#include "bordermap/atlas/build.hpp"
#include "bordermap/atlas/project.hpp"
#include "command.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

class BuildCommand : public Command {
public:
    CLI::App* setup(CLI::App& parent) override {
        CLI::App* app = parent.add_subcommand("build", "Draw every map of an atlas and write its GIS layers");
        app->add_option("atlas", atlas_, "Atlas file, or a folder holding atlas.toml (default: the bundled example)");
        app->add_option("-o,--output", output_, "Output folder (default: out/ beside the atlas)");
        app->add_flag("-q,--quiet", quiet_, "Print only the summary line");
        add_style_options(app, style_);
        app->footer("Exit status: 0 ok, 1 data error, 2 usage error.");
        return app;
    }

    int run() override {
        const auto atlas_path = atlas_or_example(atlas_);
        const auto project = load_project(load_atlas(atlas_path, style_));
        const auto output = output_.empty() ? project->atlas.folder / "out" : std::filesystem::path(output_);
        const auto result = build_atlas(*project, output, {}, [&](const std::filesystem::path& written) {
            if (!quiet_) std::cout << "  wrote " << written.string() << "\n";
        });
        std::cout << "bordermap: " << result.maps << " maps, " << result.written.size() << " files in "
                  << std::filesystem::absolute(output).lexically_normal().string() << "\n";
        return 0;
    }

private:
    std::string atlas_, output_;
    bool quiet_ = false;
    StyleChoice style_;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace bordermap::cli
