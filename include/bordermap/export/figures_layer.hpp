#pragma once
// Every figure of an atlas in long form, one feature per figure with the geometry of its
// region, for people who filter and pivot in a GIS. One layer per geometry type, because a
// GIS layer has one (figures_polygons, figures_lines, figures_points; empty ones left out).
#include <vector>

#include "bordermap/model/project.hpp"
#include "bordermap/geo/vector_writer.hpp"

namespace bordermap {

std::vector<VectorLayer> figures_layers(const Project& project);

}  // namespace bordermap
