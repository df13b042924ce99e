// The frame on the page and the projection onto it.
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/render/page_text.hpp"
#include "render/compose_steps.hpp"

namespace bordermap::composition {

using units::mm;

double panel_scale(double panel_width_pt) { return std::clamp(panel_width_pt / (60 * mm), 0.75, 1.0); }

Style panel_style(const Style& map_style, const PanelOptions* panel) {
    Style style = map_style;
    if (panel) {
        style.inset = false;
        style.scale_bar = style.scale_bar && panel->furniture;
        style.north_arrow = style.north_arrow && panel->furniture;
        style.title_pt = style.subtitle_pt;
        style.margin_mm = 0;
        const double smaller = panel_scale(panel->width_pt);
        style.label_pt *= smaller;
        style.place_pt *= smaller;
        style.circle_max_mm *= smaller;
    }
    return style;
}

Projection map_projection(const JoinedMap& joined) {
    const MapSpec& spec = *joined.spec;
    try {
        return Projection(joined.projection.definition);
    } catch (const std::invalid_argument& e) {
        throw DataError(spec.where, e.what(), "Use a PROJ string (+proj=lcc ...) or a code such as EPSG:3857.");
    }
}

double body_top(cairo_t* cr, const MapModel& model) {
    const PageText text = page_text(model.style, model.width_pt);
    double top = model.style.margin_mm * mm + measure_text(cr, model.title, text.title).y;
    if (!model.subtitle.empty()) top += 0.5 * mm + measure_text(cr, model.subtitle, text.subtitle).y;
    return top + 2 * mm;
}

double footer_height(cairo_t* cr, const MapModel& model) {
    return measure_text(cr, model.footer, page_text(model.style, model.width_pt).footer).y + 2 * mm;
}

Box map_frame(cairo_t* cr, const MapModel& model, const MapSpec& spec, bool with_footer) {
    const double margin = model.style.margin_mm * mm;
    const double top = body_top(cr, model);
    const double bottom = model.height_pt - margin - (with_footer ? footer_height(cr, model) : 0);
    if (bottom - top < 20 * mm) {
        throw DataError(spec.where, "the page (" + format_number(spec.width_mm) + " × " + format_number(spec.height_mm) +
                                        " mm) leaves no room for the map under its title and above its source line",
                        "Make height_mm larger or the title shorter.");
    }
    return {margin, top, model.width_pt - margin, bottom};
}

PageTransform frame_transform(const Projection& projection, const Box& lon_lat, const Box& frame, const MapSpec& spec) {
    const Box projected = projected_bounds(projection, lon_lat);
    if (!std::isfinite(projected.min_x) || projected.width() <= 0 || projected.height() <= 0) {
        throw DataError(spec.where, "the map's extent cannot be drawn in its projection", "Check extent and projection.");
    }
    return PageTransform(projected, frame);
}

Box extent_keeping_circles_whole(const Projection& projection, Box lon_lat, const Box& frame, const std::vector<std::pair<XY, double>>& circles,
                                 const MapSpec& spec) {
    if (circles.empty()) return lon_lat;  // most maps: nothing to keep whole, no extra transform
    constexpr double clearance_pt = 1;
    // Each pass widens the sides circles reach past; the scale shrinks a little with it, so a few passes settle it.
    for (int pass = 0; pass < 8; ++pass) {
        const PageTransform page = frame_transform(projection, lon_lat, frame, spec);
        double left = 0, right = 0, top = 0, bottom = 0;  // how far circles reach past the frame, in points
        for (const auto& [at, radius] : circles) {
            const XY projected = projection.forward(at);
            if (!std::isfinite(projected.x) || !std::isfinite(projected.y)) continue;
            const XY p = page.to_page(projected);
            left = std::max(left, frame.min_x + clearance_pt - (p.x - radius));
            right = std::max(right, p.x + radius - (frame.max_x - clearance_pt));
            top = std::max(top, frame.min_y + clearance_pt - (p.y - radius));
            bottom = std::max(bottom, p.y + radius - (frame.max_y - clearance_pt));
        }
        if (std::max({left, right, top, bottom}) < 0.05) break;
        // Degrees per point at the frame's centre, from the transform itself.
        const XY centre{(frame.min_x + frame.max_x) / 2, (frame.min_y + frame.max_y) / 2};
        const XY a = projection.inverse(page.to_projected(centre)), b = projection.inverse(page.to_projected({centre.x + 1, centre.y + 1}));
        const double per_pt_x = std::fabs(b.x - a.x), per_pt_y = std::fabs(b.y - a.y);
        if (!std::isfinite(per_pt_x) || !std::isfinite(per_pt_y)) break;
        lon_lat.min_x -= 1.2 * left * per_pt_x;
        lon_lat.max_x += 1.2 * right * per_pt_x;
        lon_lat.max_y += 1.2 * top * per_pt_y;
        lon_lat.min_y -= 1.2 * bottom * per_pt_y;
    }
    return lon_lat;
}

}  // namespace bordermap::composition
