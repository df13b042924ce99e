#pragma once
// Option helpers shared by the subcommands.
#include <filesystem>
#include <string>

#include <CLI/CLI.hpp>

#include "bordermap/core/bundled.hpp"
#include "bordermap/model/atlas.hpp"

namespace bordermap::cli {

inline constexpr const char* example_atlas = "examples/sino-korean-border-1957-1962";

// The atlas the user named, or the bundled example when they named none.
inline std::filesystem::path atlas_or_example(const std::string& given) {
    return given.empty() ? bundled_path(example_atlas) : std::filesystem::path(given);
}

// --style and --set, shared by the subcommands that draw or style maps.
inline void add_style_options(CLI::App* app, StyleChoice& choice) {
    app->add_option("--style", choice.style, "Style of every map: publication, grayscale, slide, or a style file");
    app->add_option("--set", choice.settings, "One style setting, e.g. --set text.title_pt=14 (repeatable)");
}

}  // namespace bordermap::cli
