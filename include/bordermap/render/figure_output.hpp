#pragma once
// Writes a composed map as PDF, SVG or PNG, each atomically.
#include <filesystem>
#include <string>

#include "bordermap/render/map_model.hpp"

namespace bordermap {

enum class FigureFormat { pdf, svg, png };

// `dpi` applies to PNG only; PDF and SVG are vector and sized in points.
void write_figure(const MapModel& model, FigureFormat format, const std::filesystem::path& path, double dpi);

}  // namespace bordermap
