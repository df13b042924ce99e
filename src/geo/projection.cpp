#include "bordermap/geo/projection.hpp"

#include <cmath>
#include <stdexcept>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

double half_degrees(double value) { return std::round(value * 2) / 2; }

std::string degrees(double value) { return format_number(value, 1); }

std::string latitude_words(double lat) { return format_number(std::fabs(lat), 1) + "° " + (lat < 0 ? "S" : "N"); }
std::string longitude_words(double lon) { return format_number(std::fabs(lon), 1) + "° " + (lon < 0 ? "W" : "E"); }

constexpr const char* datum = " +datum=WGS84 +units=m +no_defs";

}  // namespace

ProjectionChoice choose_projection(const Box& area) {
    // Across 180°: the box runs east from min_x over the antimeridian to max_x.
    const double width = area.min_x <= area.max_x ? area.width() : area.max_x + 360 - area.min_x;
    double centre_lon = area.min_x + width / 2;
    if (centre_lon > 180) centre_lon -= 360;
    const double lon_0 = half_degrees(centre_lon), lat_0 = half_degrees((area.min_y + area.max_y) / 2);
    const std::string centred = " centred on " + longitude_words(lon_0);
    if (width >= 150 || area.height() >= 100) {
        const double world_lon = width >= 300 ? 0 : lon_0;
        return {"+proj=eqearth +lon_0=" + degrees(world_lon) + datum,
                "Equal Earth (a map of much of the world), central meridian " + longitude_words(world_lon)};
    }
    if (std::fabs(lat_0) >= 65) {
        const double pole = lat_0 > 0 ? 90 : -90;
        return {"+proj=laea +lat_0=" + degrees(pole) + " +lon_0=" + degrees(lon_0) + datum,
                std::string("Lambert azimuthal equal-area on the ") + (pole > 0 ? "North" : "South") + " Pole, central meridian " + longitude_words(lon_0)};
    }
    const double lat_1 = half_degrees(area.min_y + area.height() / 6), lat_2 = half_degrees(area.max_y - area.height() / 6);
    // Near the equator a conic degenerates (its parallels fall either side): azimuthal instead.
    if (std::fabs(lat_0) < 25 && (lat_1 * lat_2 <= 0 || std::fabs(lat_1 + lat_2) < 10)) {
        return {"+proj=laea +lat_0=" + degrees(lat_0) + " +lon_0=" + degrees(lon_0) + datum,
                "Lambert azimuthal equal-area," + centred + ", " + latitude_words(lat_0)};
    }
    return {"+proj=aea +lat_1=" + degrees(lat_1) + " +lat_2=" + degrees(lat_2) + " +lat_0=" + degrees(lat_0) + " +lon_0=" + degrees(lon_0) + datum,
            "Albers equal-area conic, standard parallels " + latitude_words(lat_1) + " and " + latitude_words(lat_2) + "," + centred};
}

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
