#pragma once
// Longitude/latitude to map coordinates through PROJ, with RAII owners for its handles.
#include <proj.h>

#include <memory>
#include <string>

#include "bordermap/geo/geometry.hpp"

namespace bordermap {

// Lambert conformal conic for Northeast China and Korea: standard parallels 40° and 48° N,
// central meridian 126° E. The bundled example names it; atlases that name none get one chosen.
inline constexpr const char* default_projection =
    "+proj=lcc +lat_1=40 +lat_2=48 +lat_0=44 +lon_0=126 +datum=WGS84 +units=m +no_defs";

// A map's projection and, when bordermap chose it, in words why.
struct ProjectionChoice {
    std::string definition;  // PROJ string, EPSG code, WKT or PROJJSON
    std::string chosen_as;   // "" when the atlas gave it; else "Albers equal-area conic, standard parallels ..."
};

// A projection for a map of the longitude/latitude box `area`, when the atlas names none:
// equal-area, as a choropleth's colours are read by area, and centred on the area, so that north
// is up in its middle. The world (over 150° or 100° across): Equal Earth. Near a pole (the middle
// beyond 65°): Lambert azimuthal equal-area on the pole. Near the equator (within 25°): Lambert
// azimuthal equal-area on the middle. Otherwise an Albers conic with standard parallels at 1/6
// and 5/6 of the area's latitudes. Parameters are rounded to half degrees, so that a small change
// of the area keeps the projection. A box whose min_x exceeds its max_x crosses 180°.
ProjectionChoice choose_projection(const Box& area);

class Projection {
public:
    // `definition`: a PROJ string, "EPSG:nnnn", WKT or PROJJSON. Throws std::invalid_argument.
    explicit Projection(const std::string& definition);
    Projection(Projection&&) noexcept = default;
    Projection& operator=(Projection&&) noexcept = default;

    XY forward(XY lon_lat) const;   // -> metres; infinite when outside the projection's domain
    XY inverse(XY metres) const;    // -> longitude/latitude
    Geometry forward(const Geometry& lon_lat) const;
    const std::string& definition() const { return definition_; }

private:
    struct ContextDestroyer {
        void operator()(PJ_CONTEXT* c) const noexcept { proj_context_destroy(c); }
    };
    struct TransformDestroyer {
        void operator()(PJ* p) const noexcept { proj_destroy(p); }
    };
    std::string definition_;
    std::unique_ptr<PJ_CONTEXT, ContextDestroyer> context_;
    std::unique_ptr<PJ, TransformDestroyer> transform_;
};

}  // namespace bordermap
