#include <unistd.h>

#include <iostream>

#include "bordermap/model/atlas.hpp"
#include "bordermap/atlas/build.hpp"
#include "bordermap/model/project.hpp"
#include "build_progress.hpp"
#include "command.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

class BuildCommand : public Command {
    AtlasBuildOptions atlas_;
    unsigned jobs_ = 0;
    bool force_ = false, quiet_ = false, verbose_ = false;

public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("build", "Draw every map of an atlas and write its GIS layers, or only what changed");
        atlas_.declare(options);
        options.number("-j,--jobs", jobs_, "Maps drawn at once (default: one per core)", 1u, 256u)
            .flag("--force", force_, "Write every output again, whatever the build record says; build into a folder that holds other files")
            .flag("-q,--quiet", quiet_, "Print only the summary line")
            .flag("-v,--verbose", verbose_, "Print every file, written or up to date, and why, and every label a map leaves out")
            .exclusive("-q", "-v");
        options.footer("Outputs whose inputs did not change are left as they are (the record is .bordermap-manifest.json in the\n"
                       "output folder); outputs of maps that left the atlas are removed.\n" + std::string(exit_status_line));
        return options;
    }

    int run() override {
        const auto project = atlas_.load();
        BuildOptions options;
        options.incremental = true;
        options.force = force_;
        options.jobs = jobs_;
        BuildProgress progress(std::cout, quiet_ ? Verbosity::quiet : verbose_ ? Verbosity::verbose : Verbosity::normal, ::isatty(STDOUT_FILENO) == 1);
        const auto output = atlas_.output_folder(project->atlas.folder);
        const auto result = build_atlas(*project, output, options, progress.observer());
        progress.done();
        std::cout << BuildProgress::summary(result, output) << "\n";
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace bordermap::cli
