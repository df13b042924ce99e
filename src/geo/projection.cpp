#include "bordermap/geo/projection.hpp"

#include <stdexcept>

namespace bordermap {

Projection::Projection(const std::string& definition) : definition_(definition), context_(proj_context_create()) {
    // Network access for grids stays off: a map must not depend on the machine being online.
    proj_context_set_enable_network(context_.get(), 0);
    proj_log_level(context_.get(), PJ_LOG_NONE);
    std::unique_ptr<PJ, TransformDestroyer> raw(
        proj_create_crs_to_crs(context_.get(), "EPSG:4326", definition.c_str(), nullptr));
    if (!raw) {
        throw std::invalid_argument("PROJ does not understand the projection '" + definition +
                                    "' (" + proj_context_errno_string(context_.get(), proj_context_errno(context_.get())) + ")");
    }
    // Longitude first, whatever axis order the CRS declares.
    transform_.reset(proj_normalize_for_visualization(context_.get(), raw.get()));
    if (!transform_) throw std::invalid_argument("PROJ cannot normalise the axis order of '" + definition + "'");
}

XY Projection::forward(XY lon_lat) const {
    const PJ_COORD out = proj_trans(transform_.get(), PJ_FWD, proj_coord(lon_lat.x, lon_lat.y, 0, 0));
    return {out.xy.x, out.xy.y};
}

XY Projection::inverse(XY metres) const {
    const PJ_COORD out = proj_trans(transform_.get(), PJ_INV, proj_coord(metres.x, metres.y, 0, 0));
    return {out.xy.x, out.xy.y};
}

Geometry Projection::forward(const Geometry& lon_lat) const {
    Geometry out = lon_lat;
    for (auto& part : out.parts)
        for (auto& path : part)
            for (auto& p : path) p = forward(p);
    return out;
}

}  // namespace bordermap
