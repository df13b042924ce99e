#pragma once
// What a map would misstate, found the same way by `check` (as findings) and by `build` (as
// warnings on its way): classes lost against the fills around them, close values drawn as far
// apart as the palette goes, regions drawn over each other, towns drawn as missing figures.
#include <string>
#include <vector>

#include "bordermap/colour/colour.hpp"
#include "bordermap/map/classes.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/model/style.hpp"

namespace bordermap {

struct MapWarning {
    std::string code;   // "class_background", "exaggerated_contrast", "nested_regions", "town_without_figure", "footnote_without_note", "group_hidden"
    std::string where;  // the map's line
    std::string message, fix;
};

// A class colour that a reader would not tell from a fill around it (CIEDE2000 below the print
// check's threshold). The map's own style is compared as it is drawn: a grayscale print is the
// grayscale style, whose greys are compared with its own fills.
struct BackgroundClash {
    std::size_t class_index = 0;
    std::string background;  // "the sea", "the land around the map's regions"
    double delta_e = 0;
};
// Each class colour against the style's sea and land (the no-data fill is told by its hatching);
// the closest clash per class.
std::vector<BackgroundClash> background_clashes(const std::vector<Colour>& classes, const Style& style);

// Every warning about the map, in a stable order.
std::vector<MapWarning> map_warnings(const MapSpec& map, const JoinedMap& joined, const MapClasses& classes);

}  // namespace bordermap
