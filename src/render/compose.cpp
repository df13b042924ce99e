// Composing a figure: its steps in order (each in a compose_*.cpp of its own).
#include "bordermap/render/compose.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/render/cairo_handles.hpp"
#include "bordermap/render/legend.hpp"
#include "bordermap/render/letter_case.hpp"
#include "render/compose_steps.hpp"

namespace bordermap {
namespace {

using namespace composition;
using units::mm;

// A scratch surface for measuring text.
struct Measure {
    cairo::Surface surface{cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)};
    cairo::Context cr{cairo_create(surface.get())};
};

// The cells of small multiples: one per panel, and the legend in the cell after the last panel
// (free to reach the right edge) or in a row of its own below them.
struct Grid {
    std::size_t columns = 1;
    XY cell, at;  // the size of a cell; the top-left corner of the first
    double gap = 3 * mm;
    XY legend_at;
    double legend_width = 0;  // the most the legend may take across
    XY origin(std::size_t i) const {
        return {at.x + static_cast<double>(i % columns) * (cell.x + gap), at.y + static_cast<double>(i / columns) * (cell.y + gap)};
    }
};

// What a grid must hold: the panels, with a heading (title and period line) over each map, and
// the shared legend in the cell after the last panel, free to reach the page's right edge.
struct GridNeeds {
    std::size_t panels = 0;
    double aspect = 1;                          // the panels' extent as projected: width over height
    std::function<double(double)> heading;      // the tallest panel heading at a cell width
    std::function<XY(double)> legend;           // the shared legend's size, kept within a width
};

// The cells fill the frame: `inner_width` across (the page less its margins), the frame's height
// down, in the number of columns (and with the legend in a cell or below) that draws the panels'
// maps the largest while the legend fits: side by side on a wide page, one above another on a
// column-wide one.
Grid grid_in(const Box& frame, double inner_width, const GridNeeds& needs, const MapSpec& spec) {
    Grid best;
    double best_scale = -1;
    for (std::size_t columns = 1; columns <= needs.panels + 1; ++columns)
        for (bool legend_row : {false, true}) {
            // The legend in a cell of the grid, or below it across the page.
            const std::size_t cells = needs.panels + (legend_row ? 0 : 1);
            if (columns > cells) continue;
            Grid grid;
            grid.columns = columns;
            grid.at = {frame.min_x, frame.min_y};
            const std::size_t rows = (cells + columns - 1) / columns;
            const double legend_row_height = legend_row ? needs.legend(inner_width).y + grid.gap : 0;
            grid.cell = {(inner_width - grid.gap * static_cast<double>(columns - 1)) / static_cast<double>(columns),
                         (frame.height() - legend_row_height - grid.gap * static_cast<double>(rows - 1)) / static_cast<double>(rows)};
            grid.legend_at = legend_row ? XY{frame.min_x, frame.min_y + static_cast<double>(rows) * (grid.cell.y + grid.gap)} : grid.origin(needs.panels);
            grid.legend_width = frame.min_x + inner_width - grid.legend_at.x;
            const XY legend = needs.legend(grid.legend_width);
            const double map_height = grid.cell.y - needs.heading(grid.cell.x);
            const bool legend_fits = legend.x <= grid.legend_width && (legend_row || legend.y <= grid.cell.y);
            const bool fits = grid.cell.x >= 25 * mm && map_height >= 20 * mm && legend_fits;
            const double scale = std::min(grid.cell.x / needs.aspect, map_height);  // the height a panel's map can have
            if (fits && scale > best_scale + 0.01) {
                best = grid;
                best_scale = scale;
            }
        }
    if (best_scale < 0) {
        throw DataError(spec.where, "the page (" + format_number(spec.width_mm) + " × " + format_number(spec.height_mm) + " mm) is too small for " +
                                        std::to_string(needs.panels) + " panels and their legend",
                        "Make width_mm and height_mm larger, or show fewer panels.");
    }
    return best;
}

// The shared legend of small multiples: its entries and title (placed once the grid is known).
void add_shared_legend(cairo_t* cr, MapModel& model, const JoinedMap& all, const MapClasses& classes, const CircleScale& circles,
                       const std::vector<const JoinedMap*>& panels) {
    const MapSpec& first = *all.spec;
    build_legend(cr, model, all, classes, circles);
    model.legend_title = with_capital(all.unit.empty() ? first.multiple_title : all.unit);
    // The page's period, unless a panel has another: then each panel states its own.
    const bool one_period = std::all_of(panels.begin(), panels.end(), [&](const JoinedMap* p) { return p->spec->period == first.multiple_period; });
    model.legend_subtitle = (one_period ? first.multiple_period.human() : "periods as given on each panel") + (panels.size() > 1 ? ", classes shared by all panels" : "");
}

// The document information of a page showing these maps (one, or the panels of small multiples).
MapModel::DocumentInfo document_info(const Project& project, const std::vector<const JoinedMap*>& maps) {
    const MapSpec& first = *maps.front()->spec;
    MapModel::DocumentInfo info;
    info.author = first.credits;
    std::string shown, periods;
    std::vector<std::string> keywords, period_keywords;
    if (!project.atlas.title.empty()) keywords.push_back(project.atlas.title);
    const auto is_new = [](const std::vector<std::string>& list, const std::string& item) { return std::find(list.begin(), list.end(), item) == list.end(); };
    for (const JoinedMap* map : maps) {
        const std::string& label = map->indicator->label;
        if (is_new(keywords, label)) {
            shown += (shown.empty() ? "" : "; ") + label;
            keywords.push_back(label);
        }
        // Panels of one indicator over several periods: each period once.
        if (is_new(period_keywords, map->spec->period.iso())) {
            periods += (periods.empty() ? "" : "; ") + map->spec->period.human();
            period_keywords.push_back(map->spec->period.iso());
        }
    }
    info.subject = shown + ", " + periods;
    keywords.insert(keywords.end(), period_keywords.begin(), period_keywords.end());
    // Semicolons: an atlas title may hold commas ("The Sino-Korean border, 1957-1962").
    for (const std::string& keyword : keywords) info.keywords += (info.keywords.empty() ? "" : "; ") + keyword;
    return info;
}

}  // namespace

MapModel compose_map(const Project& project, const JoinedMap& joined, const MapClasses& classes, const Style& map_style,
                     const PanelOptions* panel) {
    const MapSpec& spec = *joined.spec;
    const Projection projection = map_projection(joined);
    MapModel model;
    model.style = panel_style(map_style, panel);
    model.width_pt = panel ? panel->width_pt : spec.width_mm * mm;
    model.height_pt = panel ? panel->height_pt : spec.height_mm * mm;
    model.title = panel ? spec.panel_title : spec.title;
    model.subtitle = panel ? panel->period_line : spec.subtitle;
    if (!panel) model.document = document_info(project, {&joined});
    // The footer is finished once the labels are placed: it names the historical names they use.
    const Footer footer(project, joined);
    const std::vector<const GeoFeature*> in_effect = project.geodata.in_effect(spec.period);
    const PeriodNames period_names(project.geodata, spec.period, spec.naming);
    if (!panel) model.footer = footer.text(names_labels_might_use(project, joined, in_effect, period_names));

    const Measure measure;
    model.frame = map_frame(measure.cr.get(), model, spec, !panel);
    const CircleScale circles(model.style, classes);
    const Box asked = panel ? panel->extent : joined.area;
    const Box lon_lat = extent_keeping_circles_whole(projection, asked, model.frame, panel ? panel->circles : circles_of(joined, circles), spec);
    const PageTransform page = frame_transform(projection, lon_lat, model.frame, spec);
    const geos::Context geos_context;
    Placer placer{measure.cr.get(), model.frame, {}};
    std::vector<KeyPlace> key_places;
    const MapComposition map{project, joined, model, measure.cr.get(), geos_context, projection, page, in_effect, placer, key_places};

    add_context_layers(map, lon_lat);
    add_subjects(map, classes, circles);
    add_key_places(map);
    // Legend first: labels must keep clear of it. (Panels share one legend, drawn once on the page.)
    if (!panel) build_legend(measure.cr.get(), model, joined, classes, circles);
    const LegendPosition legend = place_legend(map);
    if (model.style.scale_bar) add_scale_bar(map, legend);
    add_furniture(map);
    model.period_names = add_labels(map, period_names);
    // Only the names the map shows; a line kept free for names never placed stays empty below the footer.
    if (!panel) model.footer = footer.text(model.period_names);
    return model;
}

MapModel compose_multiples(const Project& project, const std::vector<const JoinedMap*>& panels, const std::vector<MapClasses>& classes,
                           const Style& style) {
    const MapSpec& first = *panels.front()->spec;
    const JoinedMap all = merge_panels(panels);
    CircleScale circles(style, classes.front());
    MapModel model;
    model.style = style;
    model.width_pt = first.width_mm * mm;
    model.height_pt = first.height_mm * mm;
    model.title = first.multiple_title;
    model.subtitle = first.multiple_subtitle;
    model.document = document_info(project, panels);
    // Room for the names note when a label might use a name of the period (as in compose_map).
    const Footer footer(project, all);
    const PeriodNames period_names(project.geodata, first.period, first.naming);
    model.footer = footer.text(names_labels_might_use(project, all, project.geodata.in_effect(first.period), period_names));

    const Measure measure;
    const double margin = style.margin_mm * mm;
    model.frame = {margin, body_top(measure.cr.get(), model), model.width_pt - margin,
                   model.height_pt - margin - footer_height(measure.cr.get(), model)};
    // The same area in every panel: all their regions, padded.
    const Box extent = first.extent ? *first.extent : padded_bounds(all.subjects);
    const Box projected = projected_bounds(map_projection(all), extent);
    // A panel of another period than the page's says so under its title; then every panel does,
    // so that their frames stay aligned.
    const bool periods_differ = std::any_of(panels.begin(), panels.end(), [&](const JoinedMap* p) { return p->spec->period != first.multiple_period; });
    const auto period_line = [&](std::size_t i) { return periods_differ ? panels[i]->spec->period.human() : std::string(); };
    GridNeeds needs{panels.size(), projected.height() > 0 ? projected.width() / projected.height() : 1, {}, {}};
    needs.heading = [&](double cell_width) {
        double tallest = 0;
        for (std::size_t i = 0; i < panels.size(); ++i) {
            MapModel heading;
            heading.style = panel_style(style, nullptr);
            heading.style.title_pt = style.subtitle_pt;
            heading.style.margin_mm = 0;
            heading.width_pt = cell_width;
            heading.title = panels[i]->spec->panel_title;
            heading.subtitle = period_line(i);
            tallest = std::max(tallest, body_top(measure.cr.get(), heading));
        }
        return tallest;
    };
    add_shared_legend(measure.cr.get(), model, all, classes.front(), circles, panels);
    needs.legend = [&](double max_width) {
        model.legend_max_width_pt = max_width;
        return layout_legend(measure.cr.get(), model).size;
    };
    const Grid grid = grid_in(model.frame, model.width_pt - 2 * margin, needs, first);
    if (const double smaller = panel_scale(grid.cell.x); smaller < 1 && largest_point_value(all) > 0) {
        // Narrow panels draw smaller circles: the legend states their size (it only shrinks, so the grid still holds it).
        Style scaled = style;
        scaled.circle_max_mm *= smaller;
        circles = CircleScale(scaled, classes.front());
        model.legend.clear();
        model.legend_ramp = {};
        add_shared_legend(measure.cr.get(), model, all, classes.front(), circles, panels);
    }
    const XY legend_size = needs.legend(grid.legend_width);
    NamesShown shown;
    std::vector<std::pair<XY, double>> every_circle;
    for (const JoinedMap* panel : panels)
        for (const auto& circle : circles_of(*panel, circles)) every_circle.push_back(circle);
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const PanelOptions options{grid.cell.x, grid.cell.y, extent, i == 0, period_line(i), every_circle};
        model.panels.push_back({grid.origin(i), compose_map(project, *panels[i], classes[i], style, &options)});
        shown.insert(shown.end(), model.panels.back().model.period_names.begin(), model.panels.back().model.period_names.end());
    }
    model.footer = footer.text(shown);

    model.legend_box = {grid.legend_at.x, grid.legend_at.y, grid.legend_at.x + legend_size.x, grid.legend_at.y + legend_size.y};
    return model;
}

}  // namespace bordermap
