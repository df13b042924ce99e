#pragma once
// Option helpers shared by the subcommands.
#include <filesystem>
#include <string>

#include "bordermap/atlas/atlas.hpp"

namespace bordermap::cli {

inline constexpr const char* example_atlas = "examples/sino-korean-border-1957-1962";

// The atlas the user named, or the bundled example when they named none.
inline std::filesystem::path atlas_or_example(const std::string& given) {
    return given.empty() ? bundled_path(example_atlas) : std::filesystem::path(given);
}

}  // namespace bordermap::cli
