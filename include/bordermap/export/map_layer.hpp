#pragma once
// The GIS layers of one map: its subjects with the joined figure as typed attributes, styled as
// the printed map. A layer holds one geometry type, since QGIS opens a layer of mixed geometry
// unstyled: a map of provinces and towns at their seats has a layer of polygons and one of points.
#include <string>
#include <string_view>
#include <vector>

#include "bordermap/geo/vector_writer.hpp"
#include "bordermap/map/classes.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/model/style.hpp"

namespace bordermap {

struct MapLayer {
    std::string name;  // file stem and GeoPackage table: the map's id, then "<id>-lines", "<id>-points"
    VectorLayer layer;
    std::string qml, sld;  // its QGIS and OGC styles
};

// "polygons", "lines", "points": how a layer's name says what it holds.
std::string_view geometry_type_plural(GeometryType type);

// Polygons first, then lines, then points; only the types the map has, the first named as the
// map. The features borrow the geodata's geometries: the layers must not outlive the project.
std::vector<MapLayer> map_layers(const JoinedMap& joined, const MapClasses& classes, const Style& visual);

}  // namespace bordermap
