#pragma once
// Option helpers shared by the subcommands.
#include <filesystem>
#include <memory>
#include <string>

#include "bordermap/core/bundled.hpp"
#include "bordermap/model/atlas.hpp"
#include "bordermap/model/project.hpp"
#include "command_line.hpp"

namespace bordermap::cli {

inline constexpr const char* example_atlas = "examples/sino-korean-border-1957-1962";
inline constexpr const char* exit_status_line = "Exit status: 0 ok, 1 data error, 2 usage error.";

// The atlas the user named, or the bundled example when they named none.
inline std::filesystem::path atlas_or_example(const std::string& given) {
    return given.empty() ? bundled_path(example_atlas) : std::filesystem::path(given);
}

// The atlas a subcommand works on, as its one positional argument.
inline void add_atlas_argument(Options& options, std::string& atlas) {
    options.positional("atlas", atlas, "Atlas file, or a folder holding atlas.toml (default: the bundled example)");
}

// --style and --set, shared by the subcommands that draw or style maps.
inline void add_style_options(Options& options, StyleChoice& choice) {
    options.text("--style", choice.style, "Style of every map: publication, grayscale, slide, or a style file");
    options.repeated("--set", choice.settings, "One style setting, e.g. --set text.title_pt=14 (repeatable)");
}

// What the subcommands that build an atlas take: the atlas, the output folder and the look.
struct AtlasBuildOptions {
    std::string atlas, output;
    StyleChoice style;

    // The atlas argument, -o, --style and --set.
    void declare(Options& options) {
        add_atlas_argument(options, atlas);
        options.text("-o,--output", output, "Output folder (default: out/ beside the atlas)");
        add_style_options(options, style);
    }
    std::filesystem::path atlas_path() const { return atlas_or_example(atlas); }
    // -o, or out/ beside the atlas file.
    std::filesystem::path output_folder(const std::filesystem::path& atlas_folder) const {
        return output.empty() ? atlas_folder / "out" : std::filesystem::path(output);
    }
    // The atlas in the chosen style, with everything it refers to read and checked.
    std::unique_ptr<Project> load() const { return load_project(load_atlas(atlas_path(), style)); }
};

}  // namespace bordermap::cli
