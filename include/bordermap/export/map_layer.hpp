#pragma once
// The GIS layer of one map: its subjects with the joined figure as typed attributes.
#include <filesystem>

#include "bordermap/geo/vector_writer.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/map/classes.hpp"

namespace bordermap {

// The features borrow the geodata's geometries: the layer must not outlive the project.
VectorLayer map_layer(const JoinedMap& joined, const MapClasses& classes);

}  // namespace bordermap
