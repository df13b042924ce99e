#pragma once
// The steps of composing a figure, shared by compose_map and compose_multiples. Each file holds
// one step: the frame and projection, the footer, the layers and symbols, the legend, the
// furniture, the labels.
#include <cairo.h>

#include <string>
#include <utility>
#include <vector>

#include "bordermap/core/units.hpp"
#include "bordermap/geo/geos.hpp"
#include "bordermap/geo/names.hpp"
#include "bordermap/geo/projection.hpp"
#include "bordermap/render/compose.hpp"
#include "bordermap/render/page_transform.hpp"
#include "render/placer.hpp"

namespace bordermap::composition {

// Today's name of what a label names, and the name it shows (a name of the period or today's).
using NamesShown = std::vector<std::pair<std::string, NameChoice>>;

// How far the legend, the scale bar and corner furniture keep inside the frame.
inline constexpr double frame_inset_pt = 2.5 * units::mm;

// ---- The footer (compose_footer.cpp)

// What a footer says of the figures (source line, period notes, population and boundaries
// notes), finished with the names note of the labels and the credits.
class Footer {
public:
    Footer(const Project& project, const JoinedMap& joined);
    // The whole footer, its names note for `names` (those shown with a name of the period).
    std::string text(const NamesShown& names) const;

private:
    std::string notes_;
    const MapSpec& spec_;
};

// Every name a label of the map might show: its subjects', and those of the features in effect
// and of the groups. Which ones labels use is known only once they are placed; the footer keeps
// room for the names note when any of these is a name of the period, so the frame stays put.
NamesShown names_labels_might_use(const Project& project, const JoinedMap& joined, const std::vector<const GeoFeature*>& in_effect,
                                  const PeriodNames& period_names);

// ---- The frame and projection (compose_frame.cpp)

// A panel of small multiples: no inset, furniture only where the panel carries it, a panel title
// the size of a subtitle and no margin of its own.
Style panel_style(const Style& map_style, const PanelOptions* panel);
Projection map_projection(const JoinedMap& joined);
// The subjects' longitude/latitude bounds with some context around them.
// Panels narrower than 60 mm (several across a column) draw their labels and circles smaller, down
// to three quarters, so that neighbouring towns keep their names and circles apart; the shared
// legend draws its circles at the panels' scale.
double panel_scale(double panel_width_pt);
// Where the map (or the grid of panels) may start: below the title, the subtitle and a gap.
double body_top(cairo_t* cr, const MapModel& model);
// The footer's height with the gap above it.
double footer_height(cairo_t* cr, const MapModel& model);
// The map's frame between the titles and the footer (none for a panel); a DataError when the
// page leaves too little room.
Box map_frame(cairo_t* cr, const MapModel& model, const MapSpec& spec, bool with_footer);
// The projected `lon_lat` box onto the frame; a DataError when the projection cannot draw it.
PageTransform frame_transform(const Projection& projection, const Box& lon_lat, const Box& frame, const MapSpec& spec);

// `lon_lat` widened just enough that no proportional circle ({longitude/latitude, radius in
// points}) is cut by the frame: a cut circle no longer shows its value.
Box extent_keeping_circles_whole(const Projection& projection, Box lon_lat, const Box& frame, const std::vector<std::pair<XY, double>>& circles,
                                 const MapSpec& spec);

// ---- Layers and symbols (compose_layers.cpp)

// Proportional circles: a circle's area is proportional to its value, the reference value (shared
// by the maps classed together, MapClasses::circle_reference) drawn with the style's largest radius.
struct CircleScale {
    double reference = 0;
    double max_radius_pt = 0;
    CircleScale(const Style& style, const MapClasses& classes);
    double radius_pt(double value) const;
};

// A point without a value is a small hatched circle of this radius.
inline constexpr double missing_circle_radius_pt = 2.5;

// The circles `joined` draws: {longitude/latitude, radius in points}.
std::vector<std::pair<XY, double>> circles_of(const JoinedMap& joined, const CircleScale& circles);

// A place the map is about beyond its figures: one it lists (`places`) or one its title names. Its
// dot is drawn whatever room the labels leave, and the legend and furniture keep clear of it.
struct KeyPlace {
    const GeoFeature* feature;
    XY at;  // on the page
};

// What the steps after the frame share: one map being composed.
struct MapComposition {
    const Project& project;
    const JoinedMap& joined;
    MapModel& model;
    cairo_t* measure;  // a scratch context: text metrics are unhinted, so they match every output
    const geos::Context& geos;
    const Projection& projection;
    const PageTransform& page;
    const std::vector<const GeoFeature*>& in_effect;  // the features of the map's period
    Placer& placer;
    std::vector<KeyPlace>& key_places;
};

// Countries, provinces and rivers around the subjects, cut to the frame.
void add_context_layers(const MapComposition& map, const Box& lon_lat);
// The subjects on the page with their fill (a class colour, or none: hatched) or circle.
void add_subjects(const MapComposition& map, const MapClasses& classes, const CircleScale& circles);

// ---- The legend (compose_legend.cpp)

// The legend's entries: classes, no data, qualifier marks, the other-period mark, circle sizes.
void build_legend(cairo_t* cr, MapModel& model, const JoinedMap& joined, const MapClasses& classes, const CircleScale& circles);
// The legend's box in the corner the map asks for, or the one hiding the least of the subjects;
// returns that corner (the scale bar keeps away from it) and takes the box from the placer.
LegendPosition place_legend(const MapComposition& map);

// ---- Scale bar and furniture (compose_furniture.cpp)

// A scale bar of a round length, true at the centre of the map, in a bottom corner away from the legend.
void add_scale_bar(const MapComposition& map, LegendPosition legend);
// North arrow, inset and graticule, each where the style asks for it and where it hides least.
void add_furniture(const MapComposition& map);
// How much of the subjects a box would hide: area for polygons, a band along lines, a disc per point.
double covered_subject(const geos::Context& context, const std::vector<DrawnSubject>& subjects, const Box& box);
// What the legend or a piece of furniture in `box` would hide: the subjects, and above all key places.
double hidden_by(const MapComposition& map, const Box& box);

// ---- Labels (compose_labels.cpp)

// The key places inside the frame, their dots, and room for those dots (before the legend and furniture).
void add_key_places(const MapComposition& map);
// Subjects' labels first (never dropped), then key places' (never dropped), countries' and other
// places'; returns the names they show. Labels left out are listed in the model's dropped_labels.
NamesShown add_labels(const MapComposition& map, const PeriodNames& period_names);

}  // namespace bordermap::composition
