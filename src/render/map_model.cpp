#include "bordermap/render/map_model.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/geos.hpp"
#include "bordermap/geo/projection.hpp"
#include "bordermap/render/cairo_handles.hpp"
#include "bordermap/render/legend.hpp"

namespace bordermap {
namespace {

constexpr double mm = 72.0 / 25.4;

// Maps projected metres onto the frame, keeping the frame filled and the scale uniform.
class PageTransform {
public:
    PageTransform(Box projected, Box frame) : frame_(frame) {
        const double frame_aspect = frame.width() / frame.height();
        const double cx = (projected.min_x + projected.max_x) / 2, cy = (projected.min_y + projected.max_y) / 2;
        double w = projected.width(), h = projected.height();
        if (w / h < frame_aspect) w = h * frame_aspect;
        else h = w / frame_aspect;
        extent_ = {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
        scale_ = frame.width() / w;
    }
    XY to_page(XY p) const { return {frame_.min_x + (p.x - extent_.min_x) * scale_, frame_.min_y + (extent_.max_y - p.y) * scale_}; }
    XY to_projected(XY p) const { return {extent_.min_x + (p.x - frame_.min_x) / scale_, extent_.max_y - (p.y - frame_.min_y) / scale_}; }

private:
    Box frame_, extent_;
    double scale_ = 1;
};

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

// Projects onto the page and drops vertices closer than a fraction of a point to the last kept one.
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

}  // namespace

MapClasses classify_map(const JoinedMap& joined) {
    const MapSpec& spec = *joined.spec;
    std::vector<double> values;
    for (const auto& s : joined.subjects)
        if (s.has_value()) values.push_back(s.value());
    MapClasses classes;
    try {
        classes.classification = classify(values, spec.method, spec.classes, spec.breaks, joined.decimals);
        const Classification& c = classes.classification;
        if (c.continuous) {
            // Each value's colour from its place between the lowest and the highest value.
            const double low = c.lower.front(), high = c.upper.back();
            for (double v : c.lower) classes.colours.push_back(sample_palette(spec.palette, (v - low) / (high - low)));
            constexpr int ramp_steps = 64;
            for (int i = 0; i <= ramp_steps; ++i) classes.ramp.push_back(sample_palette(spec.palette, static_cast<double>(i) / ramp_steps));
        } else {
            classes.colours = palette(spec.palette, static_cast<int>(c.size()));
        }
    } catch (const std::invalid_argument& e) {
        throw DataError(spec.where, e.what(), "Fix the map's classes, breaks or palette.");
    }
    for (const auto& s : joined.subjects) classes.subject_class.push_back(s.has_value() ? classes.classification.class_of(s.value()) : -1);
    return classes;
}

MapModel compose_map(const Project& project, const JoinedMap& joined, const MapClasses& classes, const Style& style) {
    const MapSpec& spec = *joined.spec;
    std::optional<Projection> projection;
    try {
        projection.emplace(spec.projection);
    } catch (const std::invalid_argument& e) {
        throw DataError(spec.where, e.what(), "Use a PROJ string (+proj=lcc ...) or a code such as EPSG:3857.");
    }

    MapModel model;
    model.style = style;
    model.width_pt = spec.width_mm * mm;
    model.height_pt = spec.height_mm * mm;
    model.title = spec.title;
    model.subtitle = spec.subtitle;
    // The footer is finished once the labels are placed: it names the historical names they use.
    std::string footer = source_line(joined);
    for (const auto& note : period_notes(joined)) footer += "\n" + note;
    if (const std::string note = population_note(joined); !note.empty()) footer += "\n" + note;
    footer += "\n" + boundaries_note(project, joined);
    // Which labels use a name of the map's period is known only once they are placed; room for
    // that note is kept when any feature that might be labelled has one, so the frame stays put.
    std::vector<std::pair<std::string, NameChoice>> candidates, labelled;
    auto name_of = [&](const std::string& id, const std::string& modern) {
        return std::pair{modern, label_name(project.geodata, id, modern, spec.period, spec.naming)};
    };
    for (const auto& s : joined.subjects) candidates.emplace_back(s.feature->name_en, s.name);
    for (const GeoFeature* f : project.geodata.in_effect(spec.period)) candidates.push_back(name_of(f->id, f->name_en));
    for (const auto& g : project.geodata.groups) candidates.push_back(name_of(g.id, g.name_en));
    const std::string possible_names = names_note(spec.period, candidates);
    model.footer = possible_names.empty() ? footer : footer + "\n" + possible_names;

    // A scratch surface for measuring text: metrics are unhinted, so they match every output.
    cairo::Surface scratch(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
    cairo::Context cr(cairo_create(scratch.get()));

    const double margin = style.margin_mm * mm, inner_width = model.width_pt - 2 * margin;
    TextStyle title_style{style.title_pt, true, false, style.text, 0, inner_width};
    TextStyle subtitle_style{style.subtitle_pt, false, false, style.muted_text, 0, inner_width};
    TextStyle footer_style{style.footer_pt, false, false, style.muted_text, 0, inner_width};
    double top = margin + measure_text(cr.get(), model.title, title_style).y;
    if (!model.subtitle.empty()) top += 0.5 * mm + measure_text(cr.get(), model.subtitle, subtitle_style).y;
    top += 2 * mm;
    const double bottom = model.height_pt - margin - measure_text(cr.get(), model.footer, footer_style).y - 2 * mm;
    if (bottom - top < 20 * mm) {
        throw DataError(spec.where, "the page (" + format_number(spec.width_mm) + " × " + format_number(spec.height_mm) +
                                        " mm) leaves no room for the map under its title and above its source line",
                        "Make height_mm larger or the title shorter.");
    }
    model.frame = {margin, top, model.width_pt - margin, bottom};

    const Box lon_lat = spec.extent ? *spec.extent : lon_lat_bounds(joined.subjects);
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

    for (std::size_t i = 0; i < joined.subjects.size(); ++i) {
        const Subject& subject = joined.subjects[i];
        const int cls = classes.subject_class[i];
        DrawnSubject drawn{{subject.feature, geos::clip_to_box(geos_context, to_page(subject.feature->geometry, *projection, page), drawing_box)},
                           std::nullopt};
        if (cls >= 0) drawn.fill = classes.colours[static_cast<std::size_t>(cls)];
        model.subject_type = subject.feature->geometry.type;
        model.subjects.push_back(std::move(drawn));
    }

    // Legend first: labels must keep clear of it.
    model.legend_title = joined.indicator->label;
    model.legend_subtitle = unit_and_period(joined);
    if (classes.classification.continuous) {
        const Classification& c = classes.classification;
        const double low = c.lower.front(), high = c.upper.back();
        model.legend_ramp.colours = classes.ramp;
        model.legend_ramp.ticks.push_back({0, c.labels.front()});
        // Round numbers between, kept a label's height and a little more clear of the end labels.
        const double clearance = 1.2 * measure_text(cr.get(), "0", legend_text_style(style)).y / (legend_ramp_mm * mm);
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
    const LegendLayout legend = layout_legend(cr.get(), model);
    const double inset = 2.5 * mm;
    auto corner_box = [&](const std::string& position) {
        const bool at_right = position.ends_with("right"), at_bottom = position.starts_with("bottom");
        const double x = at_right ? model.frame.max_x - inset - legend.size.x : model.frame.min_x + inset;
        const double y = at_bottom ? model.frame.max_y - inset - legend.size.y : model.frame.min_y + inset;
        return Box{x, y, x + legend.size.x, y + legend.size.y};
    };
    std::string position = spec.legend_position;
    if (position == "auto") {
        // The corner where the legend hides the least of what the map is about.
        double least = INFINITY;
        for (const char* candidate : {"bottom-right", "bottom-left", "top-right", "top-left"}) {
            const double hidden = covered_subject(geos_context, model.subjects, corner_box(candidate));
            if (hidden < least - 1e-6) {
                least = hidden;
                position = candidate;
            }
        }
    }
    const bool right = position.ends_with("right"), lower = position.starts_with("bottom");
    model.legend_box = corner_box(position);
    placer.taken.push_back(model.legend_box);

    // Scale bar: a round length, true at the centre of the map.
    {
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
        TextStyle label_style{style.label_pt, false, false, style.text, 1.1, 0, true};
        const std::string text = named.second.name + "\n" + value_text(subject, joined.decimals);
        std::vector<XY> offsets{{0, 0}};
        if (model.subjects[i].drawn.page.type != GeometryType::polygon) {
            // Around the symbol, nearer first; the last resort is on it.
            offsets.clear();
            for (double r : {7.0, 14.0, 24.0, 36.0})
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
        if (subject_countries.count(country.feature->id)) continue;
        const auto anchor = label_anchor(geos_context, country.page, model.frame);
        if (!anchor) continue;
        const auto named = name_of(country.feature->id, country.feature->name_en);
        std::string upper = named.second.name;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        TextStyle country_style{style.place_pt + 0.5, false, false, style.muted_text, 0.9};
        if (auto label = placer.place(upper, country_style, {{0, 0}}, *anchor, false)) {
            model.labels.push_back(*label);
            labelled.push_back(named);
        }
    }
    for (const GeoFeature* in_period : in_effect) {
        const GeoFeature& feature = *in_period;
        if (feature.kind != FeatureKind::place || subject_ids.count(feature.id)) continue;
        const XY p = page.to_page(projection->forward(feature.geometry.parts.front().front().front()));
        if (p.x < model.frame.min_x || p.x > model.frame.max_x || p.y < model.frame.min_y || p.y > model.frame.max_y) continue;
        TextStyle place_style{style.place_pt, false, false, style.text, 0.9};
        const auto named = name_of(feature.id, feature.name_en);
        if (auto label = placer.place(named.second.name, place_style, {{3, 0}, {-3, 0}, {0, -3}, {0, 3}}, p, false)) {
            model.labels.push_back(*label);
            labelled.push_back(named);
            model.place_dots.push_back(p);
        }
    }
    const std::string names = names_note(spec.period, labelled);
    if (!names.empty()) model.footer = footer + "\n" + names;
    return model;
}

}  // namespace bordermap
