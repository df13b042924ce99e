#pragma once
// Longitude/latitude to map coordinates through PROJ, with RAII owners for its handles.
#include <proj.h>

#include <memory>
#include <string>

#include "bordermap/geo/geometry.hpp"

namespace bordermap {

// Lambert conformal conic for Northeast China and Korea: standard parallels 40° and 48° N,
// central meridian 126° E.
inline constexpr const char* default_projection =
    "+proj=lcc +lat_1=40 +lat_2=48 +lat_0=44 +lon_0=126 +datum=WGS84 +units=m +no_defs";

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
