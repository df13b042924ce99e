#pragma once
// Option helpers shared by the subcommands.
#include <filesystem>
#include <string>

#include "bordermap/core/bundled.hpp"
#include "bordermap/model/atlas.hpp"
#include "command_line.hpp"

namespace bordermap::cli {

inline constexpr const char* example_atlas = "examples/sino-korean-border-1957-1962";

// The atlas the user named, or the bundled example when they named none.
inline std::filesystem::path atlas_or_example(const std::string& given) {
    return given.empty() ? bundled_path(example_atlas) : std::filesystem::path(given);
}

// The atlas a subcommand works on, as its one positional argument.
inline void add_atlas_argument(Options& options, std::string& atlas) {
    options.positional("atlas", atlas, "Atlas file, or a folder holding atlas.toml (default: the bundled example)");
}

// -o: where a build of the atlas writes (out/ beside the atlas when not given).
inline void add_output_option(Options& options, std::string& output) {
    options.text("-o,--output", output, "Output folder (default: out/ beside the atlas)");
}

// The output folder -o names, or out/ beside the atlas.
inline std::filesystem::path output_or_default(const std::string& given, const std::filesystem::path& atlas_folder) {
    return given.empty() ? atlas_folder / "out" : std::filesystem::path(given);
}

inline constexpr const char* exit_status_line = "Exit status: 0 ok, 1 data error, 2 usage error.";

// --style and --set, shared by the subcommands that draw or style maps.
inline void add_style_options(Options& options, StyleChoice& choice) {
    options.text("--style", choice.style, "Style of every map: publication, grayscale, slide, or a style file");
    options.repeated("--set", choice.settings, "One style setting, e.g. --set text.title_pt=14 (repeatable)");
}

}  // namespace bordermap::cli
