#pragma once
// Map furniture that depends on the projection: north arrow, graticule, inset locator map.
#include <string>
#include <vector>

#include "bordermap/geo/geodata.hpp"
#include "bordermap/geo/geos.hpp"
#include "bordermap/render/page_transform.hpp"

namespace bordermap {

// An arrow from `base` to `tip` (page points) pointing to true north at its base: in a conic
// projection north is straight up only on the central meridian.
struct NorthArrow {
    XY base, tip;
};
NorthArrow north_arrow_at(const Projection& projection, const PageTransform& page, XY base, double length_pt);

// The longitude/latitude box a frame shows (its edges sampled and inverse-projected).
Box frame_lon_lat(const Projection& projection, const PageTransform& page, const Box& frame);

// A round step in degrees (1, 2, 5, 10, ...) that gives about three to six lines across `lon_lat`.
double graticule_step(const Box& lon_lat);

// A degree label where a meridian meets the frame's bottom edge or a parallel its left edge.
struct GraticuleTick {
    std::string text;  // "126°E", "42°N"
    XY at;             // where the line meets the edge
    bool meridian;
};

// Meridians and parallels every `step` degrees on the page, clipped to the frame, and their ticks.
std::vector<Geometry> graticule(const geos::Context& context, const Projection& projection, const PageTransform& page,
                                const Box& frame, double step, std::vector<GraticuleTick>& ticks);

// The part of the world a locator inset shows for a map of `map_lon_lat`: centred on it, four
// times as wide and high, at least 50° by 35°, kept within the world's longitudes and latitudes.
Box locator_region(const Box& map_lon_lat);

// A locator map: the countries of its region in `box`, and the main map's frame outlined on it.
struct Inset {
    Box box;
    std::vector<Geometry> countries;  // page points, clipped to the box
    Geometry extent;                  // the main frame as a closed line
};
// The inset's page size for a width, keeping the region's shape in the map's projection.
XY inset_size(const Projection& projection, const Box& region, double width_pt);
Inset make_inset(const geos::Context& context, const Projection& projection, const PageTransform& main_page, const Box& main_frame,
                 const std::vector<const GeoFeature*>& countries, const Box& region, const Box& box);

}  // namespace bordermap
