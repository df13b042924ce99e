// `bordermap watch`: builds an atlas, then again each time one of its files is saved, until
// Ctrl-C. A data error is printed and the watch goes on; the outputs of the last good build stay.
#include <chrono>
#include <iostream>
#include <optional>

#include "bordermap/model/atlas.hpp"
#include "bordermap/atlas/build.hpp"
#include "bordermap/model/inputs.hpp"
#include "bordermap/model/project.hpp"
#include "bordermap/core/file_watch.hpp"
#include "build_progress.hpp"
#include "command.hpp"
#include "messages.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

namespace fs = std::filesystem;

// How long the files must be quiet after a save before the build starts: an editor's save is
// several events, and one may save several files at once.
constexpr std::chrono::milliseconds settle_time{300};

struct BuildOutcome {
    bool built = false;
    std::string message;                          // the summary line, or the error
    std::optional<std::vector<fs::path>> inputs;  // nullopt when the atlas file could not be read
};

std::string count(std::size_t n, const std::string& thing) { return std::to_string(n) + " " + thing + (n == 1 ? "" : "s"); }

// One build, as `bordermap build` makes it: the only place the watch calls the library's build.
BuildOutcome build_once(const fs::path& atlas_path, const StyleChoice& style, const fs::path& output) {
    BuildOutcome outcome;
    try {
        Atlas atlas = load_atlas(atlas_path, style);
        outcome.inputs = atlas_inputs(atlas);
        const auto project = load_project(std::move(atlas));
        BuildOptions options;
        options.incremental = true;  // as `build`: only the outputs whose inputs changed
        options.jobs = 0;            // one thread per core, as `build` by default
        outcome.message = BuildProgress::summary(build_atlas(*project, output, options), output);
        outcome.built = true;
    } catch (const DataError& e) {
        outcome.message = data_error_message(e);
    }
    return outcome;
}

class WatchCommand : public Command {
    AtlasBuildOptions atlas_;

public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("watch", "Build an atlas, then build it again each time one of its files is saved");
        atlas_.declare(options);
        options.footer("Stops on Ctrl-C (or SIGTERM) once the build under way is done. Exit status: 0 stopped, 1 error.");
        return options;
    }

    int run() override {
        FileWatch watch;  // first: it blocks SIGINT and SIGTERM, before anything starts a thread
        const fs::path atlas_path = atlas_.atlas_path();
        const fs::path atlas_toml = fs::absolute(atlas_file(atlas_path)).lexically_normal();
        const fs::path output = fs::absolute(atlas_.output_folder(atlas_toml.parent_path())).lexically_normal();
        std::vector<fs::path> inputs{atlas_toml};  // the last known ones
        for (;;) {
            const BuildOutcome outcome = build_once(atlas_path, atlas_.style, output);
            WatchList list{inputs, {}, output};
            if (outcome.inputs) {
                inputs = *outcome.inputs;
                list.files = inputs;
            } else {
                // The atlas file names no inputs now: whatever changes beside it may be the fix.
                list.files.push_back(atlas_toml);
                list.folders.push_back(atlas_toml.parent_path());
            }
            watch.watch(list);
            // Errors go to stderr as every command prints them; stdout is flushed so the lines keep their order.
            if (outcome.built) std::cout << outcome.message << std::endl;
            else std::cerr << outcome.message << std::endl;
            std::cout << "watching " << count(watch.file_count(), "file") << " for changes (Ctrl-C to stop)" << std::endl;
            if (watch.wait(settle_time) == FileWatch::Wake::stop) return 0;
        }
    }
};

}  // namespace

std::unique_ptr<Command> make_watch_command() { return std::make_unique<WatchCommand>(); }

}  // namespace bordermap::cli
