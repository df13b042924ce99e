#pragma once
// The main job: every map of an atlas as figures (PDF/SVG/PNG) and GIS layers (GeoJSON).
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "bordermap/atlas/project.hpp"

namespace bordermap {

struct BuildResult {
    std::vector<std::filesystem::path> written;
    int maps = 0;
};

// Checks and composes every map first, so that a data error leaves no output at all;
// then writes each file atomically. `progress` is told each file written.
BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder,
                        const std::function<void(const std::filesystem::path&)>& progress = {});

// Joins every map without drawing; returns one line per map describing what it shows.
std::vector<std::string> check_atlas(const Project& project);

}  // namespace bordermap
