#include "bordermap/render/map_model.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <functional>
#include <stdexcept>

#include "bordermap/core/units.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/geos.hpp"
#include "bordermap/geo/pole.hpp"
#include "bordermap/geo/projection.hpp"
#include "bordermap/render/cairo_handles.hpp"
#include "bordermap/render/legend.hpp"
#include "bordermap/render/page_transform.hpp"

namespace bordermap {
namespace {

using units::mm;

Box lon_lat_bounds(const std::vector<Subject>& subjects) {
    Box box{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (const auto& s : subjects) {
        box.min_x = std::min(box.min_x, s.feature->box.min_x);
        box.min_y = std::min(box.min_y, s.feature->box.min_y);
        box.max_x = std::max(box.max_x, s.feature->box.max_x);
        box.max_y = std::max(box.max_y, s.feature->box.max_y);
    }
    // Some context around the subjects, and never less than two degrees across.
    const double pad_x = std::max(box.width() * 0.12, 1.0), pad_y = std::max(box.height() * 0.12, 1.0);
    return {box.min_x - pad_x, box.min_y - pad_y, box.max_x + pad_x, box.max_y + pad_y};
}

// The polygons in a GEOS result; clipping may add stray lines or points on the rectangle's edge.
void collect_polygons(const geos::Context& context, const GEOSGeometry* g, Geometry& out) {
    GEOSContextHandle_t ctx = context.handle();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        for (auto& part : geos::from_geos(context, g).parts) out.parts.push_back(std::move(part));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i) collect_polygons(context, GEOSGetGeometryN_r(ctx, g, i), out);
    }
}

std::optional<XY> label_anchor(const geos::Context& context, const Geometry& page, const Box& frame) {
    GEOSContextHandle_t ctx = context.handle();
    auto g = geos::to_geos(context, page);
    auto clipped = geos::own(context, GEOSClipByRect_r(ctx, g.get(), frame.min_x, frame.min_y, frame.max_x, frame.max_y), "ClipByRect");
    if (GEOSisEmpty_r(ctx, clipped.get()) == 1) return std::nullopt;
    double x = 0, y = 0;
    if (page.type == GeometryType::line) {
        // The middle of the longest visible stretch.
        const GEOSGeometry* longest = nullptr;
        double best = -1;
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, clipped.get()); ++i) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, clipped.get(), i);
            double length = 0;
            GEOSLength_r(ctx, part, &length);
            if (length > best) {
                best = length;
                longest = part;
            }
        }
        auto middle = geos::own(context, GEOSInterpolateNormalized_r(ctx, longest, 0.5), "Interpolate");
        GEOSGeomGetX_r(ctx, middle.get(), &x);
        GEOSGeomGetY_r(ctx, middle.get(), &y);
        return XY{x, y};
    }
    if (page.type == GeometryType::polygon) {
        double area = 0;
        GEOSArea_r(ctx, clipped.get(), &area);
        if (area < 900) return std::nullopt;  // less than about 30 × 30 pt visible: no room for a label
        // The visual centre of what is visible: the point farthest from its edges (and from the frame).
        Geometry visible{GeometryType::polygon, {}};
        collect_polygons(context, clipped.get(), visible);
        return pole_of_inaccessibility(visible, 0.5).point;
    }
    auto point = geos::own(context, GEOSPointOnSurface_r(ctx, clipped.get()), "PointOnSurface");
    GEOSGeomGetX_r(ctx, point.get(), &x);
    GEOSGeomGetY_r(ctx, point.get(), &y);
    return XY{x, y};
}

struct Placer {
    cairo_t* cr;
    Box frame;
    std::vector<Box> taken;

    bool free(const Box& box) const {
        if (box.min_x < frame.min_x || box.max_x > frame.max_x || box.min_y < frame.min_y || box.max_y > frame.max_y) return false;
        return std::none_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(box); });
    }

    // Tries the candidate top-left corners in order; the first free one wins.
    std::optional<Label> place(const std::string& text, const TextStyle& style, const std::vector<XY>& offsets, XY anchor, bool force) {
        const XY size = measure_text(cr, text, style);
        for (const XY& offset : offsets) {
            const XY top_left{anchor.x + offset.x - (offset.x == 0 ? size.x / 2 : (offset.x < 0 ? size.x : 0)),
                              anchor.y + offset.y - (offset.y == 0 ? size.y / 2 : (offset.y < 0 ? size.y : 0))};
            const Box box{top_left.x - 1, top_left.y - 0.5, top_left.x + size.x + 1, top_left.y + size.y + 0.5};
            if (free(box) || (force && &offset == &offsets.back())) {
                taken.push_back(box);
                return Label{text, top_left, style};
            }
        }
        return std::nullopt;
    }
};

// How much of the subjects a box would hide: area for polygons, a band along lines, a disc per point.
double covered_subject(const geos::Context& context, const std::vector<DrawnSubject>& subjects, const Box& box) {
    double covered = 0;
    for (const auto& s : subjects) {
        const Geometry inside = geos::clip_to_box(context, s.drawn.page, box);
        if (inside.empty()) continue;
        auto g = geos::to_geos(context, inside);
        double measure = 0;
        switch (inside.type) {
            case GeometryType::polygon: GEOSArea_r(context.handle(), g.get(), &measure); break;
            case GeometryType::line: GEOSLength_r(context.handle(), g.get(), &measure); measure *= 6; break;
            case GeometryType::point: measure = 100.0 * static_cast<double>(inside.parts.size()); break;
        }
        covered += measure;
    }
    return covered;
}

std::string unit_and_period(const JoinedMap& joined) {
    return (joined.unit.empty() ? "" : joined.unit + ", ") + joined.spec->period.human();
}

// The corner boxes of `size` inside the frame, those hiding the least of the subjects first;
// boxes that collide with what is placed already are left out.
std::vector<Box> free_corners(const geos::Context& context, const MapModel& model, const Placer& placer, XY size) {
    const double inset = 2.5 * mm;
    const Box& f = model.frame;
    std::vector<std::pair<double, Box>> ranked;
    for (int corner = 0; corner < 4; ++corner) {
        const bool right = corner % 2 == 1, bottom = corner >= 2;
        const double x = right ? f.max_x - inset - size.x : f.min_x + inset, y = bottom ? f.max_y - inset - size.y : f.min_y + inset;
        const Box box{x, y, x + size.x, y + size.y};
        if (placer.free(box)) ranked.emplace_back(covered_subject(context, model.subjects, box), box);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first - 1e-6; });
    std::vector<Box> out;
    for (const auto& [_, box] : ranked) out.push_back(box);
    return out;
}

// North arrow, inset and graticule, each where the style asks for it and where it hides least.
void add_furniture(MapModel& model, Placer& placer, const geos::Context& context, const Projection& projection, const PageTransform& page,
                   const std::vector<const GeoFeature*>& in_effect) {
    const Style& style = model.style;
    if (style.inset) {
        const XY size = inset_size(projection, std::clamp(model.frame.width() * 0.26, 22 * mm, 60 * mm));
        std::vector<const GeoFeature*> countries;
        for (const GeoFeature* f : in_effect)
            if (f->kind == FeatureKind::country) countries.push_back(f);
        // No free corner: no inset rather than one over the subjects or the legend.
        if (const auto corners = free_corners(context, model, placer, size); !corners.empty()) {
            model.inset = make_inset(context, projection, page, model.frame, countries, corners.front());
            placer.taken.push_back(corners.front());
        }
    }
    if (style.north_arrow) {
        const XY size{5 * mm, 11 * mm};
        if (const auto corners = free_corners(context, model, placer, size); !corners.empty()) {
            const Box& box = corners.front();
            model.north_arrow = north_arrow_at(projection, page, {(box.min_x + box.max_x) / 2, box.max_y - 0.5 * mm}, 7 * mm);
            placer.taken.push_back(box);
        }
    }
    if (style.graticule) {
        const double step = style.graticule_step_deg > 0 ? style.graticule_step_deg : graticule_step(frame_lon_lat(projection, page, model.frame));
        std::vector<GraticuleTick> ticks;
        model.graticule = graticule(context, projection, page, model.frame, step, ticks);
        TextStyle tick_style{style.place_pt * 0.9, false, false, style.muted_text, style.halo_pt * 0.7};
        tick_style.font = style.font;
        for (const auto& tick : ticks) {
            // Inside the frame, against the edge the line meets.
            const XY offset = tick.meridian ? XY{0, -1.5} : XY{1.5, 0};
            if (auto label = placer.place(tick.text, tick_style, {offset}, tick.at, false)) model.graticule_labels.push_back(*label);
        }
    }
}

// Where the map (or the grid of panels) may start: below the title, the subtitle and a gap.
double body_top(cairo_t* cr, const MapModel& model) {
    const PageText text = page_text(model.style, model.width_pt);
    double top = model.style.margin_mm * mm + measure_text(cr, model.title, text.title).y;
    if (!model.subtitle.empty()) top += 0.5 * mm + measure_text(cr, model.subtitle, text.subtitle).y;
    return top + 2 * mm;
}

// The footer's height with the gap above it.
double footer_height(cairo_t* cr, const MapModel& model) {
    return measure_text(cr, model.footer, page_text(model.style, model.width_pt).footer).y + 2 * mm;
}

// The footer's last line says who made the map, when the atlas says so.
std::string with_credits(const std::string& footer, const std::string& credits) { return credits.empty() ? footer : footer + "\n" + credits; }

// The legend's entries: classes, no data, qualifier marks, the other-period mark, circle sizes.
void build_legend(cairo_t* cr, MapModel& model, const JoinedMap& joined, const MapClasses& classes, double largest,
                  const std::function<double(double)>& radius_of) {
    const Style& style = model.style;
    model.legend_title = joined.indicator->label;
    model.legend_subtitle = unit_and_period(joined);
    // A series member classed with the others: say so, since that is what makes them comparable.
    if (joined.spec->multiple.empty() && !joined.spec->class_group.empty()) model.legend_subtitle += ", classes shared by the series";
    if (classes.classification.continuous) {
        const Classification& c = classes.classification;
        const double low = c.lower.front(), high = c.upper.back();
        model.legend_ramp.colours = classes.ramp;
        model.legend_ramp.ticks.push_back({0, c.labels.front()});
        // Round numbers between, kept a label's height and a little more clear of the end labels.
        const double clearance = 1.2 * measure_text(cr, "0", legend_text_style(style)).y / (legend_ramp_mm * mm);
        for (double tick : round_ticks(low, high, 4, joined.decimals)) {
            const double at = (tick - low) / (high - low);
            if (at > clearance && at < 1 - clearance) model.legend_ramp.ticks.push_back({at, format_number(tick, joined.decimals)});
        }
        model.legend_ramp.ticks.push_back({1, c.labels.back()});
        model.legend.push_back({LegendEntry::Kind::ramp, {}, ""});
    } else {
        for (std::size_t i = 0; i < classes.classification.size(); ++i) {
            model.legend.push_back({LegendEntry::Kind::swatch, classes.colours[i], classes.classification.labels[i]});
        }
    }
    const bool any_missing = std::any_of(joined.subjects.begin(), joined.subjects.end(), [](const Subject& s) { return !s.has_value(); });
    if (any_missing) model.legend.push_back({LegendEntry::Kind::no_data, style.no_data_fill, missing_legend_label(joined)});
    std::set<Qualifier> qualifiers;
    for (const auto& s : joined.subjects)
        if (s.has_value()) qualifiers.insert(s.figure->figure->qualifier);
    if (qualifiers.count(Qualifier::about)) model.legend.push_back({LegendEntry::Kind::text_only, {}, "\u2248  about"});
    if (qualifiers.count(Qualifier::at_least)) model.legend.push_back({LegendEntry::Kind::text_only, {}, "\u2265  at least"});
    if (qualifiers.count(Qualifier::at_most)) model.legend.push_back({LegendEntry::Kind::text_only, {}, "\u2264  at most"});
    if (!period_notes(joined).empty()) model.legend.push_back({LegendEntry::Kind::text_only, {}, "*  other period, see note"});
    if (model.subject_type == GeometryType::point && largest > 0) {
        // Circle sizes: the largest value and round values of about a half and a tenth of it.
        std::vector<double> shown{largest};
        for (double fraction : {0.5, 0.1}) {
            const double target = largest * fraction, magnitude = std::pow(10.0, std::floor(std::log10(target)));
            double nice = magnitude;
            for (double f : {2.0, 5.0})
                if (f * magnitude <= target) nice = f * magnitude;
            if (nice < shown.back() * 0.8) shown.push_back(nice);
        }
        for (double v : shown) model.legend.push_back({LegendEntry::Kind::circle, {}, format_number(v, joined.decimals), radius_of(v)});
    }
}

}  // namespace

PageText page_text(const Style& style, double page_width_pt) {
    const double width = page_width_pt - 2 * style.margin_mm * mm;
    PageText text{{style.title_pt, true, false, style.text, 0, width}, {style.subtitle_pt, false, false, style.muted_text, 0, width},
                  {style.footer_pt, false, false, style.muted_text, 0, width}};
    text.title.font = text.subtitle.font = text.footer.font = style.font;
    return text;
}


MapModel compose_map(const Project& project, const JoinedMap& joined, const MapClasses& classes, const Style& map_style,
                     const PanelOptions* panel) {
    const MapSpec& spec = *joined.spec;
    // A panel of small multiples: its own title, no legend, footer or inset; furniture on one panel only.
    Style style = map_style;
    if (panel) {
        style.inset = false;
        style.scale_bar = style.scale_bar && panel->furniture;
        style.north_arrow = style.north_arrow && panel->furniture;
        style.title_pt = style.subtitle_pt;
        style.margin_mm = 0;
    }
    std::optional<Projection> projection;
    try {
        projection.emplace(spec.projection);
    } catch (const std::invalid_argument& e) {
        throw DataError(spec.where, e.what(), "Use a PROJ string (+proj=lcc ...) or a code such as EPSG:3857.");
    }

    MapModel model;
    model.style = style;
    model.width_pt = panel ? panel->width_pt : spec.width_mm * mm;
    model.height_pt = panel ? panel->height_pt : spec.height_mm * mm;
    model.title = panel ? spec.panel_title : spec.title;
    model.subtitle = panel ? "" : spec.subtitle;
    // The footer is finished once the labels are placed: it names the historical names they use.
    std::string footer = source_line(joined);
    for (const auto& note : period_notes(joined)) footer += "\n" + note;
    if (const std::string note = population_note(joined); !note.empty()) footer += "\n" + note;
    footer += "\n" + boundaries_note(project, joined);
    // Which labels use a name of the map's period is known only once they are placed; room for
    // that note is kept when any feature that might be labelled has one, so the frame stays put.
    std::vector<std::pair<std::string, NameChoice>> candidates, labelled;
    const PeriodNames period_names(project.geodata, spec.period, spec.naming);
    auto name_of = [&](const std::string& id, const std::string& modern) { return std::pair{modern, period_names.of(id, modern)}; };
    for (const auto& s : joined.subjects) candidates.emplace_back(s.feature->name_en, s.name);
    for (const GeoFeature* f : project.geodata.in_effect(spec.period)) candidates.push_back(name_of(f->id, f->name_en));
    for (const auto& g : project.geodata.groups) candidates.push_back(name_of(g.id, g.name_en));
    const std::string possible_names = names_note(spec.period, candidates);
    model.footer = panel ? "" : with_credits(possible_names.empty() ? footer : footer + "\n" + possible_names, spec.credits);

    // A scratch surface for measuring text: metrics are unhinted, so they match every output.
    cairo::Surface scratch(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
    cairo::Context cr(cairo_create(scratch.get()));

    const double margin = style.margin_mm * mm;
    const double top = body_top(cr.get(), model);
    const double bottom = model.height_pt - margin - (panel ? 0 : footer_height(cr.get(), model));
    if (bottom - top < 20 * mm) {
        throw DataError(spec.where, "the page (" + format_number(spec.width_mm) + " × " + format_number(spec.height_mm) +
                                        " mm) leaves no room for the map under its title and above its source line",
                        "Make height_mm larger or the title shorter.");
    }
    model.frame = {margin, top, model.width_pt - margin, bottom};

    const Box lon_lat = panel ? panel->extent : spec.extent ? *spec.extent : lon_lat_bounds(joined.subjects);
    const Box projected = projected_bounds(*projection, lon_lat);
    if (!std::isfinite(projected.min_x) || projected.width() <= 0 || projected.height() <= 0) {
        throw DataError(spec.where, "the map's extent cannot be drawn in its projection", "Check extent and projection.");
    }
    const PageTransform page(projected, model.frame);
    const Box context_box{lon_lat.min_x - 8, lon_lat.min_y - 6, lon_lat.max_x + 8, lon_lat.max_y + 6};

    // Geometry beyond the frame is cut off (a little outside, so outlines do not end at the frame).
    const geos::Context geos_context;
    const Box drawing_box{model.frame.min_x - 3, model.frame.min_y - 3, model.frame.max_x + 3, model.frame.max_y + 3};
    std::set<std::string> subject_ids;
    for (const auto& s : joined.subjects) subject_ids.insert(s.feature->id);
    std::set<std::string> subject_countries;
    for (const auto& s : joined.subjects) subject_countries.insert(s.feature->country.empty() ? s.feature->id : s.feature->country);

    Placer placer{cr.get(), model.frame, {}};

    const std::vector<const GeoFeature*> in_effect = project.geodata.in_effect(spec.period);
    for (const GeoFeature* in_period : in_effect) {
        const GeoFeature& feature = *in_period;
        if (!feature.box.intersects(context_box) || feature.kind == FeatureKind::place) continue;
        DrawnFeature drawn{&feature, geos::clip_to_box(geos_context, to_page(feature.geometry, *projection, page), drawing_box)};
        if (drawn.page.empty()) continue;
        if (feature.kind == FeatureKind::country) model.countries.push_back(std::move(drawn));
        else if (feature.kind == FeatureKind::admin1) model.admin1.push_back(std::move(drawn));
        else if (!subject_ids.count(feature.id)) model.rivers.push_back(std::move(drawn));
    }

    // Point figures are circles whose area is proportional to the value; a point without a value
    // is a small hatched circle.
    double largest = panel ? panel->largest_value : 0;
    for (const auto& s : joined.subjects)
        if (s.has_value()) largest = std::max(largest, std::fabs(s.value()));
    const double max_radius = style.circle_max_mm * mm, missing_radius = 2.5;
    auto radius_of = [&](double value) { return largest > 0 ? std::max(1.0, max_radius * std::sqrt(std::fabs(value) / largest)) : max_radius; };
    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& subject = joined.subjects[i];
        const int cls = classes.subject_class[i];
        DrawnSubject drawn{{subject.feature, geos::clip_to_box(geos_context, to_page(subject.feature->geometry, *projection, page), drawing_box)},
                           std::nullopt};
        if (cls >= 0) drawn.fill = classes.colours[static_cast<std::size_t>(cls)];
        if (subject.feature->geometry.type == GeometryType::point) drawn.radius_pt = subject.has_value() ? radius_of(subject.value()) : missing_radius;
        model.subject_type = subject.feature->geometry.type;
        model.subjects.push_back(std::move(drawn));
    }

    // Legend first: labels must keep clear of it. (Panels share one legend, drawn once on the page.)
    if (!panel) build_legend(cr.get(), model, joined, classes, largest, radius_of);
    const LegendLayout legend = layout_legend(cr.get(), model);
    const bool has_legend = !model.legend.empty();
    const double inset = 2.5 * mm;
    auto at_right = [](LegendPosition p) { return p == LegendPosition::top_right || p == LegendPosition::bottom_right; };
    auto at_bottom = [](LegendPosition p) { return p == LegendPosition::bottom_left || p == LegendPosition::bottom_right; };
    auto corner_box = [&](LegendPosition corner) {
        const double x = at_right(corner) ? model.frame.max_x - inset - legend.size.x : model.frame.min_x + inset;
        const double y = at_bottom(corner) ? model.frame.max_y - inset - legend.size.y : model.frame.min_y + inset;
        return Box{x, y, x + legend.size.x, y + legend.size.y};
    };
    LegendPosition position = spec.legend_position;
    if (position == LegendPosition::automatic) {
        // The corner where the legend hides the least of what the map is about.
        double least = INFINITY;
        for (LegendPosition candidate : {LegendPosition::bottom_right, LegendPosition::bottom_left, LegendPosition::top_right, LegendPosition::top_left}) {
            const double hidden = covered_subject(geos_context, model.subjects, corner_box(candidate));
            if (hidden < least - 1e-6) {
                least = hidden;
                position = candidate;
            }
        }
    }
    const bool right = at_right(position), lower = at_bottom(position);
    if (has_legend) {
        model.legend_box = corner_box(position);
        placer.taken.push_back(model.legend_box);
    }

    // Scale bar: a round length, true at the centre of the map.
    if (style.scale_bar) {
        const XY centre{(model.frame.min_x + model.frame.max_x) / 2, (model.frame.min_y + model.frame.max_y) / 2};
        const double probe_pt = model.frame.width() / 10;
        const XY a = projection->inverse(page.to_projected({centre.x - probe_pt / 2, centre.y}));
        const XY b = projection->inverse(page.to_projected({centre.x + probe_pt / 2, centre.y}));
        const double km_per_pt = great_circle_km(a, b) / probe_pt;
        const double target_km = km_per_pt * model.frame.width() * 0.18;
        const double magnitude = std::pow(10.0, std::floor(std::log10(target_km)));
        double nice = magnitude;
        for (double f : {2.0, 5.0, 10.0})
            if (f * magnitude <= target_km) nice = f * magnitude;
        model.scale_bar_pt = nice / km_per_pt;
        model.scale_bar_label = format_number(nice, 0) + " km";
        // Bottom corner away from the legend.
        const bool bar_right = lower && !right;
        const double x = bar_right ? model.frame.max_x - inset - model.scale_bar_pt - 12 * mm : model.frame.min_x + inset;
        const double y = model.frame.max_y - inset;
        model.scale_bar_at = {x, y};
        placer.taken.push_back({x - 2, y - 7 * mm, x + model.scale_bar_pt + 12 * mm, y + 1});
    }
    add_furniture(model, placer, geos_context, *projection, page, project.geodata.in_effect(spec.period));

    // Labels keep off the proportional circles (obstacles for every label, unlike the rivers below).
    for (const auto& d : model.subjects) {
        if (d.radius_pt <= 0 || d.drawn.page.empty()) continue;
        const XY c = d.drawn.page.parts.front().front().front();
        placer.taken.push_back({c.x - d.radius_pt, c.y - d.radius_pt, c.x + d.radius_pt, c.y + d.radius_pt});
    }
    // The lines the map is about stay readable: their own labels keep off them. (Towns on the
    // river may still be named beside it: these obstacles are lifted after the subjects' labels.)
    const std::size_t river_obstacles_begin = placer.taken.size();
    for (const auto& s : model.subjects) {
        if (s.drawn.page.type != GeometryType::line) continue;
        for (const auto& part : s.drawn.page.parts)
            for (std::size_t i = 1; i < part.front().size(); ++i) {
                const XY a = part.front()[i - 1], b = part.front()[i];
                const double pad = model.style.subject_river_pt / 2 + 0.5;
                placer.taken.push_back({std::min(a.x, b.x) - pad, std::min(a.y, b.y) - pad, std::max(a.x, b.x) + pad, std::max(a.y, b.y) + pad});
            }
    }

    // Subjects' labels first (never dropped), then countries, then places.
    // A figure for a group is labelled once, on its largest member as drawn.
    std::map<const ResolvedFigure*, std::size_t> group_label_on;
    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& subject = joined.subjects[i];
        if (!subject.figure || !subject.figure->region.is_group) continue;
        auto size = [&](std::size_t k) { const Box b = bounds(model.subjects[k].drawn.page); return b.width() + b.height(); };
        auto [it, inserted] = group_label_on.emplace(subject.figure, i);
        if (!inserted && size(i) > size(it->second)) it->second = i;
    }
    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& subject = joined.subjects[i];
        std::pair<std::string, NameChoice> named{subject.feature->name_en, subject.name};
        if (subject.figure && subject.figure->region.is_group) {
            if (group_label_on.at(subject.figure) != i) continue;
            if (const FeatureGroup* group = project.geodata.find_group(subject.figure->region.id)) named = name_of(group->id, group->name_en);
        }
        const auto anchor = label_anchor(geos_context, model.subjects[i].drawn.page, model.frame);
        if (!anchor) continue;
        TextStyle label_style{style.label_pt, false, false, style.text, style.halo_pt, 0, true};
        label_style.font = style.font;
        std::string text = named.second.name;
        if (style.second_line != SecondLine::none) {
            // The name in Chinese or Korean script, of the map's period too (安东 in 1961).
            const bool chinese = style.second_line == SecondLine::zh;
            const std::string id = subject.figure && subject.figure->region.is_group ? subject.figure->region.id : subject.feature->id;
            const FeatureGroup* group = project.geodata.find_group(id);
            const std::string modern = group ? (chinese ? group->name_zh : group->name_ko) : (chinese ? subject.feature->name_zh : subject.feature->name_ko);
            Naming script = spec.naming;
            script.systems = chinese ? std::vector<std::string>{"zh-hans", "zh-hant"} : std::vector<std::string>{"ko-hangul"};
            const std::string local = label_name(project.geodata, id, modern, spec.period, script).name;
            if (!local.empty()) text += "\n" + local;
        }
        if (style.label_values) text += "\n" + value_text(subject, joined.decimals);
        std::vector<XY> offsets{{0, 0}};
        if (model.subjects[i].drawn.page.type != GeometryType::polygon) {
            // Around the symbol, nearer first; the last resort is on it.
            offsets.clear();
            const double clear = model.subjects[i].radius_pt + 2;
            for (double r : {std::max(7.0, clear), std::max(14.0, clear + 7), std::max(24.0, clear + 17), std::max(36.0, clear + 29)})
                for (XY d : {XY{1, 0}, XY{-1, 0}, XY{0, -1}, XY{0, 1}, XY{0.7, -0.7}, XY{-0.7, -0.7}, XY{0.7, 0.7}, XY{-0.7, 0.7}})
                    offsets.push_back({d.x * r, d.y * r});
            offsets.push_back({0, 0});
        }
        if (auto label = placer.place(text, label_style, offsets, *anchor, true)) {
            model.labels.push_back(*label);
            labelled.push_back(named);
        }
    }
    const std::size_t subject_labels = model.labels.size();
    placer.taken.erase(placer.taken.begin() + static_cast<long>(river_obstacles_begin),
                       placer.taken.end() - static_cast<long>(subject_labels));
    for (const auto& country : model.countries) {
        if (!style.place_names) break;
        if (subject_countries.count(country.feature->id)) continue;
        const auto anchor = label_anchor(geos_context, country.page, model.frame);
        if (!anchor) continue;
        const auto named = name_of(country.feature->id, country.feature->name_en);
        std::string upper = named.second.name;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        TextStyle country_style{style.place_pt + 0.5, false, false, style.muted_text, style.halo_pt * 0.8};
        country_style.font = style.font;
        if (auto label = placer.place(upper, country_style, {{0, 0}}, *anchor, false)) {
            model.labels.push_back(*label);
            labelled.push_back(named);
        }
    }
    for (const GeoFeature* in_period : in_effect) {
        const GeoFeature& feature = *in_period;
        if (!style.place_names) break;
        if (feature.kind != FeatureKind::place || subject_ids.count(feature.id)) continue;
        const XY p = page.to_page(projection->forward(feature.geometry.parts.front().front().front()));
        if (p.x < model.frame.min_x || p.x > model.frame.max_x || p.y < model.frame.min_y || p.y > model.frame.max_y) continue;
        TextStyle place_style{style.place_pt, false, false, style.text, style.halo_pt * 0.8};
        place_style.font = style.font;
        const auto named = name_of(feature.id, feature.name_en);
        if (auto label = placer.place(named.second.name, place_style, {{3, 0}, {-3, 0}, {0, -3}, {0, 3}}, p, false)) {
            model.labels.push_back(*label);
            labelled.push_back(named);
            model.place_dots.push_back(p);
        }
    }
    // Only the names the map shows; a line kept free for names never placed stays empty below the footer.
    const std::string names = names_note(spec.period, labelled);
    if (!panel) model.footer = with_credits(names.empty() ? footer : footer + "\n" + names, spec.credits);
    model.period_names = labelled;
    return model;
}

}  // namespace bordermap

namespace bordermap {

MapModel compose_multiples(const Project& project, const std::vector<const JoinedMap*>& panels, const std::vector<MapClasses>& classes,
                           const Style& style) {
    const MapSpec& first = *panels.front()->spec;
    const JoinedMap all = merge_panels(panels);
    double largest = 0;
    for (const auto& s : all.subjects)
        if (s.has_value()) largest = std::max(largest, std::fabs(s.value()));

    MapModel model;
    model.style = style;
    model.width_pt = first.width_mm * mm;
    model.height_pt = first.height_mm * mm;
    model.title = first.multiple_title;
    model.subtitle = first.multiple_subtitle;
    std::string footer = source_line(all);
    for (const auto& note : period_notes(all)) footer += "\n" + note;
    if (const std::string note = population_note(all); !note.empty()) footer += "\n" + note;
    footer += "\n" + boundaries_note(project, all);
    // Room for the names note when a label might use a name of the period (see compose_map).
    std::vector<std::pair<std::string, NameChoice>> candidates;
    for (const auto& s : all.subjects) candidates.emplace_back(s.feature->name_en, s.name);
    const PeriodNames period_names(project.geodata, first.period, first.naming);
    for (const GeoFeature* f : project.geodata.in_effect(first.period)) candidates.emplace_back(f->name_en, period_names.of(f->id, f->name_en));
    const std::string possible_names = names_note(first.period, candidates);
    model.footer = with_credits(possible_names.empty() ? footer : footer + "\n" + possible_names, first.credits);

    cairo::Surface scratch(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
    cairo::Context cr(cairo_create(scratch.get()));
    const double margin = style.margin_mm * mm, inner_width = model.width_pt - 2 * margin, gap = 3 * mm;
    const double top = body_top(cr.get(), model);
    const double bottom = model.height_pt - margin - footer_height(cr.get(), model);

    // One cell per panel and one for the legend, in as square a grid as the count allows.
    const std::size_t cells = panels.size() + 1;
    const std::size_t columns = cells <= 3 ? cells : static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(cells))));
    const std::size_t rows = (cells + columns - 1) / columns;
    const double cell_w = (inner_width - gap * static_cast<double>(columns - 1)) / static_cast<double>(columns);
    const double cell_h = (bottom - top - gap * static_cast<double>(rows - 1)) / static_cast<double>(rows);
    if (cell_w < 25 * mm || cell_h < 25 * mm) {
        throw DataError(first.where, "the page (" + format_number(first.width_mm) + " × " + format_number(first.height_mm) + " mm) is too small for " +
                                         std::to_string(panels.size()) + " panels and their legend",
                        "Make width_mm and height_mm larger, or show fewer panels.");
    }
    model.frame = {margin, top, model.width_pt - margin, bottom};
    auto cell_origin = [&](std::size_t i) {
        return XY{margin + static_cast<double>(i % columns) * (cell_w + gap), top + static_cast<double>(i / columns) * (cell_h + gap)};
    };

    // The same area in every panel: all their regions, padded.
    std::vector<Subject> every;
    for (const JoinedMap* joined : panels) every.insert(every.end(), joined->subjects.begin(), joined->subjects.end());
    const Box extent = first.extent ? *first.extent : lon_lat_bounds(every);
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const PanelOptions options{cell_w, cell_h, extent, i == 0, largest};
        model.panels.push_back({cell_origin(i), compose_map(project, *panels[i], classes[i], style, &options)});
    }

    std::vector<std::pair<std::string, NameChoice>> labelled;
    for (const MapPanel& p : model.panels) labelled.insert(labelled.end(), p.model.period_names.begin(), p.model.period_names.end());
    const std::string names = names_note(first.period, labelled);
    model.footer = with_credits(names.empty() ? footer : footer + "\n" + names, first.credits);

    model.subject_type = panels.front()->subjects.front().feature->geometry.type;
    build_legend(cr.get(), model, all, classes.front(), largest, [&](double value) {
        return largest > 0 ? std::max(1.0, style.circle_max_mm * mm * std::sqrt(std::fabs(value) / largest)) : style.circle_max_mm * mm;
    });
    model.legend_title = all.unit.empty() ? first.multiple_title : all.unit;
    model.legend_title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(model.legend_title[0])));
    model.legend_subtitle = first.period.human() + (panels.size() > 1 ? ", classes shared by all panels" : "");
    const LegendLayout legend = layout_legend(cr.get(), model);
    const XY at = cell_origin(panels.size());
    model.legend_box = {at.x, at.y, at.x + legend.size.x, at.y + legend.size.y};
    return model;
}

}  // namespace bordermap
