#include "bordermap/render/page_transform.hpp"

#include <algorithm>
#include <cmath>

namespace bordermap {

PageTransform::PageTransform(Box projected, Box frame) : frame_(frame) {
    const double frame_aspect = frame.width() / frame.height();
    const double cx = (projected.min_x + projected.max_x) / 2, cy = (projected.min_y + projected.max_y) / 2;
    double w = projected.width(), h = projected.height();
    if (w / h < frame_aspect) w = h * frame_aspect;
    else h = w / frame_aspect;
    extent_ = {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
    scale_ = frame.width() / w;
}

Box projected_bounds(const Projection& projection, const Box& lon_lat) {
    // The edges of a longitude/latitude box are curves in a conic projection: sample them.
    Box box{INFINITY, INFINITY, -INFINITY, -INFINITY};
    constexpr int steps = 64;
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        for (XY p : {XY{lon_lat.min_x + t * lon_lat.width(), lon_lat.min_y}, XY{lon_lat.min_x + t * lon_lat.width(), lon_lat.max_y},
                     XY{lon_lat.min_x, lon_lat.min_y + t * lon_lat.height()}, XY{lon_lat.max_x, lon_lat.min_y + t * lon_lat.height()}}) {
            const XY q = projection.forward(p);
            if (!std::isfinite(q.x) || !std::isfinite(q.y)) continue;
            box = {std::min(box.min_x, q.x), std::min(box.min_y, q.y), std::max(box.max_x, q.x), std::max(box.max_y, q.y)};
        }
    }
    return box;
}

Geometry to_page(const Geometry& lon_lat, const Projection& projection, const PageTransform& page) {
    Geometry out{lon_lat.type, {}};
    const double min_step = 0.12;
    for (const auto& part : lon_lat.parts) {
        std::vector<Path> paths;
        for (const auto& path : part) {
            Path kept;
            for (std::size_t i = 0; i < path.size(); ++i) {
                const XY q = page.to_page(projection.forward(path[i]));
                if (!std::isfinite(q.x) || !std::isfinite(q.y)) continue;
                const bool last = i + 1 == path.size();
                if (kept.empty() || last || std::hypot(q.x - kept.back().x, q.y - kept.back().y) >= min_step) kept.push_back(q);
            }
            const std::size_t needed = lon_lat.type == GeometryType::polygon ? 4 : lon_lat.type == GeometryType::line ? 2 : 1;
            if (kept.size() >= needed) paths.push_back(std::move(kept));
        }
        if (!paths.empty()) out.parts.push_back(std::move(paths));
    }
    return out;
}

}  // namespace bordermap
