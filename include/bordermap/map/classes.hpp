#pragma once
// The classes and colours of joined maps: shared by the printed figure, its GIS layer and its styles.
#include <string>
#include <vector>

#include "bordermap/colour/colour.hpp"
#include "bordermap/map/classify.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/model/style.hpp"

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
    // When each class holds one value (few distinct values), the colours sit on the palette in
    // proportion to the values, from zero for values that are never negative: where each class's
    // colour is on that scale (0-1). Empty: the palette's even steps.
    std::vector<double> proportional_shares;
};
MapClasses classify_map(const JoinedMap& joined);

// The largest magnitude among a map's point figures (0: none): what proportional circles scale to.
double largest_point_value(const JoinedMap& joined);

// The palette's colours for `classes` classes on a map drawn in `style`: a step lost against the
// style's sea or land (Blues' lightest beside a light-blue sea, Greys' against white)
// is moved towards its neighbouring class until it stands out, never past halfway.
std::vector<Colour> class_colours(const std::string& scheme, int classes, const Style& style);


// One classification over several maps (the panels of small multiples), so that a colour means
// the same in each: the classes and colours are shared, each map's subjects get their class.
std::vector<MapClasses> classify_maps(const std::vector<const JoinedMap*>& maps);

}  // namespace bordermap
