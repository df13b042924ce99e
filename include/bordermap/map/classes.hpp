#pragma once
// The classes and colours of joined maps: shared by the printed figure, its GIS layer and its styles.
#include <vector>

#include "bordermap/colour/colour.hpp"
#include "bordermap/map/classify.hpp"
#include "bordermap/map/join.hpp"

namespace bordermap {

// The classification and colours of a joined map (shared by the figure and the GIS layer).
// An unclassed map has one "class" per distinct value, each in its own colour along the ramp.
struct MapClasses {
    Classification classification;
    std::vector<Colour> colours;
    // The class index and colour of each subject, in the order of JoinedMap::subjects (-1: no data).
    std::vector<int> subject_class;
    // Unclassed: the palette as a continuous ramp, sampled evenly from the lowest value to the highest.
    std::vector<Colour> ramp;
    // Proportional circles: the value drawn with the style's largest circle, one for every map
    // classed together (the atlas's circle_reference, else the largest point value among them),
    // so that equal values get equal circles across a series or panels. 0: no point has a value.
    double circle_reference = 0;
};
MapClasses classify_map(const JoinedMap& joined);


// One classification over several maps (the panels of small multiples), so that a colour means
// the same in each: the classes and colours are shared, each map's subjects get their class.
std::vector<MapClasses> classify_maps(const std::vector<const JoinedMap*>& maps);

}  // namespace bordermap
