#pragma once
// Everything a map figure shows, laid out on the page in points, ready to draw on any surface.
// (render/compose.hpp makes one from a joined map.)
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bordermap/colour/colour.hpp"
#include "bordermap/geo/geodata.hpp"
#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/names.hpp"
#include "bordermap/model/style.hpp"
#include "bordermap/render/furniture.hpp"
#include "bordermap/render/text.hpp"

namespace bordermap {

struct DrawnFeature {
    const GeoFeature* feature;
    Geometry page;  // in page points
};

struct DrawnSubject {
    DrawnFeature drawn;
    std::optional<Colour> fill;  // empty: no data (hatched)
    double radius_pt = 0;        // points: the proportional circle (area proportional to the value)
    bool group = false;          // a group's figure: its whole outline is drawn over its members
};

struct Label {
    std::string text;
    XY top_left;      // placed: collisions with other labels and the legend already resolved
    TextStyle style;
    // A label moved away from its symbol, where neighbours left no room beside it, is tied to it
    // by a leader line from this point (the symbol's edge) to the label's nearest edge.
    std::optional<XY> leader_from;
};

// A label the map had to leave out, and why (`build -v` lists them).
struct DroppedLabel {
    std::string text, why;
};

struct LegendEntry {
    enum class Kind { swatch, no_data, text_only, circle, ramp } kind;  // ramp: the MapModel's legend_ramp
    Colour colour;
    std::string text;
    double radius_pt = 0;  // circle: the size a value of `text` is drawn
    // swatch, no_data: what the entry's colour fills on the map, drawn alike (a box, a river's
    // stroke, or a dot for classes only circles have).
    GeometryType symbol = GeometryType::polygon;
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

struct MapPanel;

inline constexpr double place_dot_radius_pt = 1.3;

struct MapModel {
    double width_pt = 0, height_pt = 0;
    Box frame;  // the map's frame on the page
    Style style;

    std::string title, subtitle, footer;
    // What a PDF's document information says beside the title: who made it (the credits), what
    // it shows (indicator and period) and keywords (the atlas, the indicators, the period).
    struct DocumentInfo {
        std::string author, subject, keywords;
    } document;
    std::vector<DrawnFeature> countries, admin1, rivers;
    std::vector<DrawnSubject> subjects;
    std::vector<XY> place_dots;  // towns, each a dot of place_dot_radius_pt
    std::vector<Label> labels;
    std::vector<DroppedLabel> dropped_labels;

    std::string legend_title, legend_subtitle;
    std::vector<LegendEntry> legend;
    LegendRamp legend_ramp;  // for a LegendEntry::Kind::ramp
    Box legend_box;  // on the page
    double legend_max_width_pt = 0;  // the legend's title and subtitle wrap to keep it this wide; 0: no limit

    double scale_bar_pt = 0;  // 0: none
    XY scale_bar_at;          // left end of the bar's baseline
    std::string scale_bar_label;

    std::vector<MapPanel> panels;  // small multiples: the maps drawn in the page's cells
    // The labels placed with a name of the map's period, and today's name (for the names note).
    std::vector<std::pair<std::string, NameChoice>> period_names;

    std::optional<NorthArrow> north_arrow;
    std::vector<Geometry> graticule;      // page points, under the subjects
    std::vector<Label> graticule_labels;  // degrees along the frame's bottom and left edges
    std::optional<Inset> inset;
};

// One map of small multiples, at its cell's top-left corner on the page.
struct MapPanel {
    XY origin;
    MapModel model;
};

}  // namespace bordermap
