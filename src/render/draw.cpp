#include "bordermap/render/draw.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "bordermap/core/units.hpp"
#include "bordermap/render/legend.hpp"
#include "bordermap/render/page_text.hpp"

namespace bordermap {
namespace {

using units::mm;

void set_colour(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void add_path(cairo_t* cr, const Geometry& g) {
    for (const auto& part : g.parts) {
        for (const auto& path : part) {
            for (std::size_t i = 0; i < path.size(); ++i) {
                if (i == 0) cairo_move_to(cr, path[i].x, path[i].y);
                else cairo_line_to(cr, path[i].x, path[i].y);
            }
            if (g.type == GeometryType::polygon) cairo_close_path(cr);
        }
    }
}

void add_circles(cairo_t* cr, const Geometry& g, double radius) {
    for (const auto& part : g.parts) {
        const XY p = part.front().front();
        cairo_new_sub_path(cr);
        cairo_arc(cr, p.x, p.y, radius, 0, 2 * std::numbers::pi);
    }
}

// White with fine diagonal lines: "no data" must never read as a low value.
void fill_no_data(cairo_t* cr, const Style& style, const Box& box) {
    cairo_save(cr);
    cairo_clip_preserve(cr);
    set_colour(cr, style.no_data_fill);
    cairo_fill(cr);
    const double spacing = style.hatch_spacing_mm * mm;
    set_colour(cr, style.no_data_hatch);
    cairo_set_line_width(cr, style.hatch_pt);
    const double start = std::floor((box.min_x - box.height()) / spacing) * spacing;
    for (double x = start; x <= box.max_x; x += spacing) {
        cairo_move_to(cr, x, box.max_y);
        cairo_line_to(cr, x + box.height(), box.min_y);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_new_path(cr);
}

void fill_subject(cairo_t* cr, const Style& style, const DrawnSubject& subject, const Box& box) {
    if (subject.fill) {
        set_colour(cr, *subject.fill);
        cairo_fill(cr);
    } else {
        fill_no_data(cr, style, box);
    }
}

void draw_subjects(cairo_t* cr, const MapModel& model) {
    const Style& style = model.style;
    // Regions from the largest down (a capital over its country, not hidden under it), then lines,
    // then circles from the largest down, so that nothing hides a smaller thing.
    std::vector<const DrawnSubject*> order;
    for (const auto& subject : model.subjects) order.push_back(&subject);
    const auto size = [](const DrawnSubject* s) {
        if (s->drawn.page.type == GeometryType::point) return s->radius_pt;
        const Box b = bounds(s->drawn.page);
        return b.width() * b.height();
    };
    std::stable_sort(order.begin(), order.end(), [&](const DrawnSubject* a, const DrawnSubject* b) {
        const auto a_type = a->drawn.page.type, b_type = b->drawn.page.type;
        if (a_type != b_type) return static_cast<int>(a_type) < static_cast<int>(b_type);  // polygon, line, point
        return a_type != GeometryType::line && size(a) > size(b);
    });
    for (const DrawnSubject* drawn : order) {
        const DrawnSubject& subject = *drawn;
        const Geometry& g = subject.drawn.page;
        const Box box = bounds(g);
        switch (g.type) {
            case GeometryType::polygon:
                cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
                add_path(cr, g);
                fill_subject(cr, style, subject, box);
                break;
            case GeometryType::line:
                // A dark casing keeps pale classes visible on the land colour.
                add_path(cr, g);
                set_colour(cr, style.subject_border);
                cairo_set_line_width(cr, style.subject_river_pt + 0.8);
                cairo_stroke(cr);
                add_path(cr, g);
                set_colour(cr, subject.fill.value_or(style.no_data_fill));
                cairo_set_line_width(cr, style.subject_river_pt);
                cairo_stroke(cr);
                break;
            case GeometryType::point: {
                const double r = subject.radius_pt;
                add_circles(cr, g, r);
                fill_subject(cr, style, subject, {box.min_x - r, box.min_y - r, box.max_x + r, box.max_y + r});
                add_circles(cr, g, r);
                set_colour(cr, style.subject_border);
                cairo_set_line_width(cr, style.subject_border_pt);
                cairo_stroke(cr);
                break;
            }
        }
    }
    // Outlines after all fills, so neighbouring subjects do not cover each other's borders.
    for (const DrawnSubject* drawn : order) {
        const DrawnSubject& subject = *drawn;
        if (subject.drawn.page.type != GeometryType::polygon) continue;
        add_path(cr, subject.drawn.page);
        set_colour(cr, style.subject_border);
        cairo_set_line_width(cr, style.subject_border_pt);
        cairo_stroke(cr);
    }
    // A group's outline last and heavier: a member drawn over it must not hide what the group covers.
    for (const DrawnSubject* drawn : order) {
        if (!drawn->group || drawn->drawn.page.type != GeometryType::polygon) continue;
        add_path(cr, drawn->drawn.page);
        set_colour(cr, style.subject_border);
        cairo_set_line_width(cr, style.subject_border_pt * 3);
        cairo_stroke(cr);
    }
}

// An unclassed map's bar: a gradient through the ramp's samples (CIELAB-spaced, so the straight
// sRGB blend between close neighbours stays true to it), ticks on its right, labels beside them.
void draw_ramp(cairo_t* cr, const MapModel& model, const LegendLayout& layout, XY at, XY size, XY origin) {
    const Style& style = model.style;
    const LegendRamp& ramp = model.legend_ramp;
    if (!ramp.colours.empty()) {
        cairo_pattern_t* gradient = cairo_pattern_create_linear(0, at.y, 0, at.y + size.y);
        for (std::size_t k = 0; k < ramp.colours.size(); ++k) {
            const double offset = ramp.colours.size() == 1 ? 0 : static_cast<double>(k) / static_cast<double>(ramp.colours.size() - 1);
            const Colour& c = ramp.colours[k];
            cairo_pattern_add_color_stop_rgb(gradient, offset, c.r, c.g, c.b);
        }
        cairo_rectangle(cr, at.x, at.y, size.x, size.y);
        cairo_set_source(cr, gradient);
        cairo_fill(cr);
        cairo_pattern_destroy(gradient);
    }
    cairo_rectangle(cr, at.x, at.y, size.x, size.y);
    set_colour(cr, style.subject_border);
    cairo_set_line_width(cr, 0.4);
    cairo_stroke(cr);
    for (std::size_t k = 0; k < ramp.ticks.size(); ++k) {
        const double y = at.y + ramp.ticks[k].at * size.y;
        cairo_move_to(cr, at.x + size.x, y);
        cairo_line_to(cr, at.x + size.x + 0.8 * mm, y);
        cairo_set_line_width(cr, 0.4);
        cairo_stroke(cr);
        draw_text(cr, ramp.ticks[k].label, {origin.x + layout.tick_text_at[k].x, origin.y + layout.tick_text_at[k].y}, legend_text_style(style));
    }
}

// A class's (or no data's) swatch in `box`, shaped as its symbol on the map.
void draw_swatch(cairo_t* cr, const Style& style, const LegendEntry& entry, const Box& box) {
    const XY centre{(box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2};
    const auto outline = [&] {
        switch (entry.symbol) {
            case GeometryType::polygon: cairo_rectangle(cr, box.min_x, box.min_y, box.width(), box.height()); break;
            case GeometryType::line:
                cairo_rectangle(cr, box.min_x + 0.6, centre.y - style.subject_river_pt / 2, box.width() - 1.2, style.subject_river_pt);
                break;
            case GeometryType::point:
                cairo_new_sub_path(cr);
                cairo_arc(cr, centre.x, centre.y, box.height() / 2, 0, 2 * std::numbers::pi);
                break;
        }
    };
    if (entry.symbol == GeometryType::line) {
        // The river's casing, then its colour.
        cairo_move_to(cr, box.min_x, centre.y);
        cairo_line_to(cr, box.max_x, centre.y);
        set_colour(cr, style.subject_border);
        cairo_set_line_width(cr, style.subject_river_pt + 0.8);
        cairo_stroke(cr);
    }
    outline();
    if (entry.kind == LegendEntry::Kind::no_data) {
        fill_no_data(cr, style, box);  // clipped to the outline
    } else {
        set_colour(cr, entry.colour);
        cairo_fill(cr);
    }
    if (entry.symbol == GeometryType::line) return;
    outline();
    set_colour(cr, style.subject_border);
    cairo_set_line_width(cr, entry.symbol == GeometryType::point ? style.subject_border_pt : 0.4);
    cairo_stroke(cr);
}

void draw_legend(cairo_t* cr, const MapModel& model) {
    if (model.legend.empty()) return;  // a panel of small multiples: the page draws the shared legend
    const Style& style = model.style;
    const LegendLayout layout = layout_legend(cr, model);
    const XY origin{model.legend_box.min_x, model.legend_box.min_y};
    cairo_rectangle(cr, origin.x, origin.y, layout.size.x, layout.size.y);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.93);
    cairo_fill_preserve(cr);
    set_colour(cr, style.country_border);
    cairo_set_line_width(cr, 0.4);
    cairo_stroke(cr);
    draw_text(cr, model.legend_title, {origin.x + layout.title_at.x, origin.y + layout.title_at.y}, legend_heading_style(model, true));
    draw_text(cr, model.legend_subtitle, {origin.x + layout.subtitle_at.x, origin.y + layout.subtitle_at.y}, legend_heading_style(model, false));
    for (std::size_t i = 0; i < model.legend.size(); ++i) {
        const LegendEntry& entry = model.legend[i];
        const XY s{origin.x + layout.swatch_at[i].x, origin.y + layout.swatch_at[i].y};
        const XY size = layout.swatch_size[i];
        if (entry.kind == LegendEntry::Kind::ramp) {
            draw_ramp(cr, model, layout, s, size, origin);
            continue;
        }
        if (entry.kind == LegendEntry::Kind::circle) {
            // Nested on one baseline, so the sizes read against each other; a leader to the value.
            cairo_new_sub_path(cr);
            cairo_arc(cr, s.x + entry.radius_pt, s.y + entry.radius_pt, entry.radius_pt, 0, 2 * std::numbers::pi);
            set_colour(cr, style.subject_border);
            cairo_set_line_width(cr, 0.5);
            cairo_stroke(cr);
            const auto& [from, to] = layout.leaders[i];
            cairo_move_to(cr, origin.x + from.x, origin.y + from.y);
            cairo_line_to(cr, origin.x + to.x, origin.y + to.y);
            set_colour(cr, style.muted_text);
            cairo_set_line_width(cr, 0.35);
            cairo_stroke(cr);
        } else if (entry.kind != LegendEntry::Kind::text_only) {
            draw_swatch(cr, style, entry, {s.x, s.y, s.x + size.x, s.y + size.y});
        }
        draw_text(cr, entry.text, {origin.x + layout.text_at[i].x, origin.y + layout.text_at[i].y}, legend_text_style(style));
    }
}

// Fills the path in the text colour (`dark`) or white and outlines it: the halves of the scale bar
// and of the north arrow.
void fill_two_tone(cairo_t* cr, const Style& style, bool dark) {
    if (dark) set_colour(cr, style.text);
    else cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill_preserve(cr);
    set_colour(cr, style.text);
    cairo_set_line_width(cr, 0.4);
    cairo_stroke(cr);
}

void draw_scale_bar(cairo_t* cr, const MapModel& model) {
    if (model.scale_bar_pt <= 0) return;
    const Style& style = model.style;
    const XY at = model.scale_bar_at;
    const double h = 1.2 * mm;
    for (int half = 0; half < 2; ++half) {
        cairo_rectangle(cr, at.x + half * model.scale_bar_pt / 2, at.y - h, model.scale_bar_pt / 2, h);
        fill_two_tone(cr, style, half == 0);
    }
    TextStyle text{style.place_pt, false, false, style.text, style.halo_pt * 0.8};
    text.font = style.font;
    const XY zero = measure_text(cr, "0", text);
    draw_text(cr, "0", {at.x - zero.x / 2, at.y - h - zero.y - 0.3}, text);
    const XY end = measure_text(cr, model.scale_bar_label, text);
    draw_text(cr, model.scale_bar_label, {at.x + model.scale_bar_pt - end.x / 2, at.y - h - end.y - 0.3}, text);
}

// A slender two-tone arrow with an N at its tip, turned to true north.
void draw_north_arrow(cairo_t* cr, const MapModel& model, const NorthArrow& arrow) {
    const Style& style = model.style;
    const double dx = arrow.tip.x - arrow.base.x, dy = arrow.tip.y - arrow.base.y, length = std::hypot(dx, dy);
    const XY along{dx / length, dy / length}, across{-along.y, along.x};
    const double half = length * 0.16;
    const XY back{arrow.base.x + along.x * length * 0.18, arrow.base.y + along.y * length * 0.18};
    for (int side = 0; side < 2; ++side) {
        const double sign = side == 0 ? 1 : -1;
        cairo_move_to(cr, arrow.tip.x, arrow.tip.y);
        cairo_line_to(cr, arrow.base.x + across.x * half * sign, arrow.base.y + across.y * half * sign);
        cairo_line_to(cr, back.x, back.y);
        cairo_close_path(cr);
        fill_two_tone(cr, style, side == 0);
    }
    TextStyle text{style.place_pt + 0.5, true, false, style.text, style.halo_pt * 0.8};
    text.font = style.font;
    const XY size = measure_text(cr, "N", text);
    const XY at{arrow.tip.x + along.x * (size.y * 0.55) - size.x / 2, arrow.tip.y + along.y * (size.y * 0.55) - size.y / 2};
    draw_text(cr, "N", at, text);
}

// The locator map: East Asia with the main frame outlined, in a framed box.
void draw_inset(cairo_t* cr, const MapModel& model, const Inset& inset) {
    const Style& style = model.style;
    const Box& b = inset.box;
    cairo_save(cr);
    cairo_rectangle(cr, b.min_x, b.min_y, b.width(), b.height());
    cairo_clip_preserve(cr);
    set_colour(cr, style.sea);
    cairo_fill(cr);
    for (const auto& country : inset.countries) {
        add_path(cr, country);
        set_colour(cr, style.land);
        cairo_fill_preserve(cr);
        set_colour(cr, style.country_border);
        cairo_set_line_width(cr, 0.3);
        cairo_stroke(cr);
    }
    add_path(cr, inset.extent);
    set_colour(cr, style.text);
    cairo_set_line_width(cr, 0.9);
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_rectangle(cr, b.min_x, b.min_y, b.width(), b.height());
    set_colour(cr, style.text);
    cairo_set_line_width(cr, style.frame_pt);
    cairo_stroke(cr);
}

// A town's dot with a thin white ring, so that it shows on a dark class or circle too.
void draw_place_dots(cairo_t* cr, const MapModel& model) {
    for (const XY& p : model.place_dots) {
        cairo_arc(cr, p.x, p.y, place_dot_radius_pt + 0.5, 0, 2 * std::numbers::pi);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_fill(cr);
        cairo_arc(cr, p.x, p.y, place_dot_radius_pt, 0, 2 * std::numbers::pi);
        set_colour(cr, model.style.text);
        cairo_fill(cr);
    }
}

}  // namespace

void draw_titles_and_footer(cairo_t* cr, const MapModel& model);

// The labels, after the leader lines that tie moved ones to their symbols.
void draw_labels(cairo_t* cr, const MapModel& model) {
    for (const auto& label : model.labels) {
        if (!label.leader_from) continue;
        // To the label box's nearest point, stopping short of the text.
        const XY size = measure_text(cr, label.text, label.style), from = *label.leader_from;
        const XY to{std::clamp(from.x, label.top_left.x - 1, label.top_left.x + size.x + 1), std::clamp(from.y, label.top_left.y - 0.5, label.top_left.y + size.y + 0.5)};
        // A white casing under the line, as under the text, so it shows on dark classes too.
        cairo_move_to(cr, from.x, from.y);
        cairo_line_to(cr, to.x, to.y);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_set_line_width(cr, 1.2);
        cairo_stroke_preserve(cr);
        set_colour(cr, model.style.muted_text);
        cairo_set_line_width(cr, 0.4);
        cairo_stroke(cr);
    }
    for (const auto& label : model.labels) draw_text(cr, label.text, label.top_left, label.style);
}

void draw_map(cairo_t* cr, const MapModel& model) {
    const Style& style = model.style;
    const Box& frame = model.frame;
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);

    cairo_rectangle(cr, 0, 0, model.width_pt, model.height_pt);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill(cr);

    if (!model.panels.empty()) {
        // Small multiples: each panel in its cell, then the shared legend, titles and footer.
        for (const MapPanel& panel : model.panels) {
            cairo_save(cr);
            cairo_translate(cr, panel.origin.x, panel.origin.y);
            draw_map(cr, panel.model);
            cairo_restore(cr);
        }
        draw_legend(cr, model);
        draw_titles_and_footer(cr, model);
        return;
    }

    cairo_save(cr);
    cairo_rectangle(cr, frame.min_x, frame.min_y, frame.width(), frame.height());
    cairo_clip(cr);
    set_colour(cr, style.sea);
    cairo_paint(cr);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    for (const auto* layer : {&model.countries, &model.admin1}) {
        for (const auto& f : *layer) {
            add_path(cr, f.page);
            set_colour(cr, style.land);
            cairo_fill_preserve(cr);
            set_colour(cr, style.land_border);
            cairo_set_line_width(cr, style.land_border_pt);
            cairo_stroke(cr);
        }
    }
    for (const auto& line : model.graticule) {
        add_path(cr, line);
        set_colour(cr, style.muted_text);
        cairo_set_line_width(cr, 0.25);
        cairo_stroke(cr);
    }
    draw_subjects(cr, model);
    for (const auto& f : model.countries) {
        add_path(cr, f.page);
        set_colour(cr, style.country_border);
        cairo_set_line_width(cr, style.country_border_pt);
        cairo_stroke(cr);
    }
    for (const auto& f : model.rivers) {
        add_path(cr, f.page);
        set_colour(cr, style.river);
        cairo_set_line_width(cr, style.river_pt);
        cairo_stroke(cr);
    }
    draw_place_dots(cr, model);
    draw_labels(cr, model);
    for (const auto& label : model.graticule_labels) draw_text(cr, label.text, label.top_left, label.style);
    draw_scale_bar(cr, model);
    if (model.north_arrow) draw_north_arrow(cr, model, *model.north_arrow);
    if (model.inset) draw_inset(cr, model, *model.inset);
    cairo_restore(cr);

    cairo_rectangle(cr, frame.min_x, frame.min_y, frame.width(), frame.height());
    set_colour(cr, style.text);
    cairo_set_line_width(cr, style.frame_pt);
    cairo_stroke(cr);
    draw_legend(cr, model);
    draw_titles_and_footer(cr, model);
}

void draw_titles_and_footer(cairo_t* cr, const MapModel& model) {
    const Style& style = model.style;
    const Box& frame = model.frame;
    const double margin = style.margin_mm * mm;
    const PageText text = page_text(style, model.width_pt);
    draw_text(cr, model.title, {margin, margin}, text.title);
    if (!model.subtitle.empty()) draw_text(cr, model.subtitle, {margin, margin + measure_text(cr, model.title, text.title).y + 0.5 * mm}, text.subtitle);
    if (!model.footer.empty()) draw_text(cr, model.footer, {margin, frame.max_y + 2 * mm}, text.footer);
}

}  // namespace bordermap
