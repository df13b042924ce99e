#pragma once
// How a map's GIS layer is styled in a GIS client: the printed map's classes, colours,
// no-data symbol and labels, written as a QGIS style (QML) and as OGC SLD 1.1.
#include <string>
#include <vector>

#include "bordermap/geo/geometry.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/colour/palette.hpp"
#include "bordermap/map/classes.hpp"
#include "bordermap/model/style.hpp"

namespace bordermap {

struct StyleClass {
    double lower = 0, upper = 0;  // inclusive, as on the printed legend
    std::string label;
    Colour colour;
};

struct LayerStyle {
    std::string name;                       // the map id
    std::string title;                      // the map title
    GeometryType geometry = GeometryType::polygon;
    std::vector<StyleClass> classes;
    bool has_no_data = false;
    std::string no_data_label = "No data";  // as on the printed legend ("Not reported" ...)
    double no_data_value = -1;              // what coalesce() gives a feature without a value
    int decimals = 0;                       // of the values in labels, as on the printed map
    double largest_value = 0;               // points: the value drawn at the style's largest circle (shared by a class group)
    // Unclassed maps: one class per value, and the palette as a ramp for QGIS to reclassify with.
    std::vector<Colour> ramp;
    Style visual;
};

// The style of the map's layer of `geometry` (its subjects of that type): every class of the map,
// so that its layers share one legend, and no data only if one of those subjects lacks a value.
LayerStyle layer_style(const JoinedMap& joined, const MapClasses& classes, GeometryType geometry, const Style& visual = {});

// The QGIS expression the classes are computed on: value, with no data mapped below every class.
std::string class_expression(const LayerStyle& style);

std::string to_qml(const LayerStyle& style);
std::string to_sld(const LayerStyle& style);

}  // namespace bordermap
