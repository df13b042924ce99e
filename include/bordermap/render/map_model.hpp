#pragma once
// Everything a map figure shows, laid out on the page in points, ready to draw on any surface.
#include <optional>
#include <string>
#include <vector>

#include "bordermap/atlas/project.hpp"
#include "bordermap/geo/geometry.hpp"
#include "bordermap/map/classify.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/map/notes.hpp"
#include "bordermap/map/palette.hpp"
#include "bordermap/render/style.hpp"
#include "bordermap/render/text.hpp"

namespace bordermap {

struct DrawnFeature {
    const GeoFeature* feature;
    Geometry page;  // in page points
};

struct DrawnSubject {
    DrawnFeature drawn;
    std::optional<Colour> fill;  // empty: no data (hatched)
};

struct Label {
    std::string text;
    XY top_left;      // placed: collisions with other labels and the legend already resolved
    TextStyle style;
};

struct LegendEntry {
    enum class Kind { swatch, no_data, text_only, ramp } kind;  // ramp: the MapModel's legend_ramp
    Colour colour;
    std::string text;
};

// The legend of an unclassed map: a bar shading from the lowest value (top) to the highest
// (bottom), the same way round as a list of classes, with labelled ticks.
struct LegendRamp {
    std::vector<Colour> colours;  // evenly spaced along the bar, top first
    struct Tick {
        double at;  // 0: top (the lowest value), 1: bottom (the highest)
        std::string label;
    };
    std::vector<Tick> ticks;  // the lowest and highest value, and round numbers between
};

struct MapModel {
    double width_pt = 0, height_pt = 0;
    Box frame;  // the map's frame on the page
    Style style;
    GeometryType subject_type = GeometryType::polygon;

    std::string title, subtitle, footer;
    std::vector<DrawnFeature> countries, admin1, rivers;
    std::vector<DrawnSubject> subjects;
    std::vector<XY> place_dots;
    std::vector<Label> labels;

    std::string legend_title, legend_subtitle;
    std::vector<LegendEntry> legend;
    LegendRamp legend_ramp;  // for a LegendEntry::Kind::ramp
    Box legend_box;  // on the page

    double scale_bar_pt = 0;  // 0: none
    XY scale_bar_at;          // left end of the bar's baseline
    std::string scale_bar_label;
};

// The classification and colours of a joined map (shared by the figure and the GIS layer).
// An unclassed map has one "class" per distinct value, each in its own colour along the ramp.
struct MapClasses {
    Classification classification;
    std::vector<Colour> colours;
    // The class index and colour of each subject, in the order of JoinedMap::subjects (-1: no data).
    std::vector<int> subject_class;
    // Unclassed: the palette as a continuous ramp, sampled evenly from the lowest value to the highest.
    std::vector<Colour> ramp;
};
MapClasses classify_map(const JoinedMap& joined);


MapModel compose_map(const Project& project, const JoinedMap& joined, const MapClasses& classes, const Style& style = {});

}  // namespace bordermap
