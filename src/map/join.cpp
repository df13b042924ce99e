#include "bordermap/map/join.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/geos.hpp"

namespace bordermap {
namespace {

bool selected(const Period& figure, const MapSpec& map) {
    return map.rule == PeriodRule::within ? figure.within(map.period) : figure.overlaps(map.period);
}

// Rank of a figure's source in the map's prefer_source list; sources not listed come last.
std::size_t preference(const MapSpec& map, const ResolvedFigure& figure) {
    const auto found = std::find(map.prefer_source.begin(), map.prefer_source.end(), figure.source->id);
    return static_cast<std::size_t>(found - map.prefer_source.begin());
}

void choose(const MapSpec& map, Subject& subject, const ResolvedFigure& candidate) {
    if (!subject.figure) {
        subject.figure = &candidate;
        return;
    }
    const ResolvedFigure& current = *subject.figure;
    const std::size_t a = preference(map, current), b = preference(map, candidate);
    if (a == b) {
        const bool other_source = current.source != candidate.source;
        throw DataError(candidate.figure->where,
                        "two figures for " + subject.feature->name_en + " fall in the period of map '" + map.id + "' (" +
                            map.period.human() + "): this row and " + current.figure->where,
                        other_source ? "Say which source the map shows with prefer_source = [\"" + current.source->id + "\", \"" +
                                           candidate.source->id + "\"], narrow its period, or remove a row."
                                     : "Narrow the map's period, set period_rule = \"within\", or remove one of the figures.");
    }
    if (b < a) {
        subject.set_aside.push_back(subject.figure);
        subject.figure = &candidate;
    } else {
        subject.set_aside.push_back(&candidate);
    }
}

double midpoint_days(const Period& p) {
    return static_cast<double>(p.first_day().time_since_epoch().count() + p.last_day().time_since_epoch().count()) / 2;
}

// The population figure of the same region closest in time to `figure`: overlapping it most, else nearest.
const ResolvedFigure* population_for(const Project& project, const std::string& indicator, const ResolvedFigure& figure) {
    const ResolvedFigure* best = nullptr;
    double best_score = -INFINITY;
    for (const ResolvedFigure& r : project.resolved) {
        if (r.figure->indicator != indicator || r.region.id != figure.region.id || !r.figure->value || *r.figure->value <= 0) continue;
        const Period& p = r.figure->period;
        const Period& f = figure.figure->period;
        const auto first = std::max(p.first_day(), f.first_day()), last = std::min(p.last_day(), f.last_day());
        const double overlap = last < first ? 0 : static_cast<double>((last - first).count() + 1);
        const double score = overlap > 0 ? overlap : -std::fabs(midpoint_days(p) - midpoint_days(f));
        if (score > best_score) {
            best_score = score;
            best = &r;
        }
    }
    return best;
}

std::string plural(double n, const std::string& word) { return format_number(n) + " " + word + (n == 1 ? "" : "s"); }

void normalize(const Project& project, const MapSpec& map, Subject& subject) {
    const Normalization& n = map.normalization;
    const Figure& figure = *subject.figure->figure;
    switch (n.kind) {
        case Normalization::Kind::none: return;
        case Normalization::Kind::per_month:
            subject.divisor = months_in(figure.period);
            subject.divisor_text = plural(subject.divisor, "month");
            return;
        case Normalization::Kind::per_year:
            subject.divisor = months_in(figure.period) / 12;
            subject.divisor_text = plural(subject.divisor, "year");
            return;
        case Normalization::Kind::per_population: {
            const ResolvedFigure* population = population_for(project, n.population, *subject.figure);
            if (!population) {
                throw DataError(figure.where,
                                "map '" + map.id + "' divides by population, but '" + n.population + "' has no figure for " +
                                    subject.figure->region.id + " (" + figure.region + ")",
                                "Add a row of indicator '" + n.population + "' for this region (e.g. from a census), or drop normalize.");
            }
            subject.population = population;
            subject.divisor = *population->figure->value / n.per;
            subject.divisor_text = "population " + format_number(*population->figure->value) + " (" + population->figure->period.human() + ")";
            return;
        }
    }
}

std::string unit_of(const Indicator& indicator, const Normalization& n) {
    const std::string unit = indicator.unit;
    auto with = [&](const std::string& rate) { return unit.empty() ? rate : unit + " " + rate; };
    switch (n.kind) {
        case Normalization::Kind::none: return unit;
        case Normalization::Kind::per_month: return with("per month");
        case Normalization::Kind::per_year: return with("per year");
        case Normalization::Kind::per_population: return with("per " + format_number(n.per) + " inhabitants");
    }
    return unit;
}

// Enough decimals that the smallest value keeps about three significant digits (counts keep none).
int decimals_for(const JoinedMap& joined) {
    double smallest = INFINITY;
    bool fractional = false;
    for (const auto& s : joined.subjects) {
        if (!s.has_value()) continue;
        const double v = std::fabs(s.value());
        fractional = fractional || v != std::floor(v);
        if (v > 0) smallest = std::min(smallest, v);
    }
    if (!fractional) return 0;
    return smallest >= 100 ? 0 : smallest >= 10 ? 1 : 2;
}

void add_source(JoinedMap& joined, const Source* source) {
    if (std::find(joined.sources.begin(), joined.sources.end(), source) == joined.sources.end()) joined.sources.push_back(source);
}

// The places a map names to show for reference: towns, never regions; those with a figure on the
// map are its subjects already.
std::vector<const GeoFeature*> reference_places(const Project& project, const MapSpec& map, const std::map<std::string, Subject>& subjects) {
    std::vector<const GeoFeature*> places;
    for (const auto& name : map.places) {
        const Resolution resolved = project.gazetteer->resolve(name, map.where);
        for (const auto& id : resolved.features) {
            const GeoFeature* feature = project.geodata.find(id, map.period);
            if (!feature) {
                throw DataError(map.where, "the place '" + name + "' of map '" + map.id + "' did not exist under that name in " + map.period.human(),
                                "Name a place of the map's period, or give the feature valid_from / valid_to that include it.");
            }
            if (resolved.is_group || feature->kind != FeatureKind::place) {
                throw DataError(map.where, "'" + name + "' in the places of map '" + map.id + "' is a region, not a place (a town)",
                                "List regions to show without a figure in `regions`; `places` takes towns, drawn as a dot and a name.");
            }
            if (subjects.count(id) || std::find(places.begin(), places.end(), feature) != places.end()) continue;
            places.push_back(feature);
        }
    }
    return places;
}

// A group's members as the map's period draws them, merged into one feature of the group's id.
GeoFeature group_feature(const Project& project, const Resolution& region, const MapSpec& map, const std::string& where) {
    const FeatureGroup& group = *project.geodata.find_group(region.id);
    GeoFeature merged{group.id, FeatureKind::admin1, group.name_en, group.name_zh, group.name_ko, {}, {}, {}, {}, 0};
    std::vector<const Geometry*> geometries;
    for (const auto& id : group.members) {
        const GeoFeature* member = project.geodata.find(id, map.period);
        if (!member) {
            throw DataError(where, "the group '" + group.name_en + "' has a member '" + id + "' with no boundary valid in " + map.period.human() +
                                       " (map '" + map.id + "')",
                            "Add a boundary layer covering that period, or give its features valid_from / valid_to that include it.");
        }
        if (member->kind == FeatureKind::place) {
            throw DataError(where, "the group '" + group.name_en + "' is of places (towns): its one figure cannot be drawn as one circle",
                            "Give the figure to the region that holds them, or to each town if the document gives one per town.");
        }
        if (!geometries.empty() && member->geometry.type != geometries.front()->type) {
            throw DataError(where, "the group '" + group.name_en + "' mixes rivers and regions: its one figure cannot be drawn as one feature",
                            "Declare a group of regions only, or of rivers only.");
        }
        if (geometries.empty()) {
            merged.kind = member->kind;
            merged.country = member->country;
            merged.layer = member->layer;
        }
        if (member->country != merged.country) merged.country.clear();
        geometries.push_back(&member->geometry);
    }
    merged.geometry = geos::merge_geometries(geos::Context(), geometries);
    merged.box = bounds(merged.geometry);
    return merged;
}

// The notes of the figures `footnotes` chooses, numbered in the order of the subjects; one
// figure's note once, however many subjects show it.
void number_footnotes(const Project& project, const MapSpec& map, JoinedMap& joined) {
    if (!map.footnotes_all && map.footnote_regions.empty()) return;
    std::map<std::string, std::string> chosen;  // region id -> the name as the map writes it
    for (const auto& name : map.footnote_regions) chosen.emplace(project.gazetteer->resolve(name, map.where).id, name);
    std::map<const ResolvedFigure*, int> numbers;
    std::set<std::string> noted;
    for (Subject& s : joined.subjects) {
        if (!s.figure || s.figure->figure->note.empty()) continue;
        const bool listed = chosen.count(s.figure->region.id) || chosen.count(s.feature->id);
        if (!map.footnotes_all && !listed) continue;
        s.footnote = numbers.emplace(s.figure, static_cast<int>(numbers.size()) + 1).first->second;
        noted.insert(s.figure->region.id);
        noted.insert(s.feature->id);
    }
    for (const auto& [id, name] : chosen)
        if (!noted.count(id)) joined.footnotes_without_note.push_back(name);
}

// A map no figure falls on: which figures of its indicator there are, and for when.
DataError no_figure_error(const Project& project, const MapSpec& map) {
    std::string in;
    for (const auto& name : map.only_regions) in += (in.empty() ? " in " : ", ") + name;
    std::vector<std::string> periods;
    std::size_t count = 0;
    for (const ResolvedFigure& r : project.resolved) {
        if (r.figure->indicator != map.indicator) continue;
        ++count;
        const std::string p = r.figure->period.iso();
        if (std::find(periods.begin(), periods.end(), p) == periods.end()) periods.push_back(p);
    }
    std::sort(periods.begin(), periods.end());
    const std::string rule = map.rule == PeriodRule::within ? " (period_rule = \"within\": a figure must lie wholly inside the map's period)" : "";
    std::string fix;
    if (count == 0) {
        fix = "The figures table has no figure of '" + map.indicator + "' at all: check the indicator's spelling in the table and the map.";
    } else {
        std::string listed;
        for (std::size_t i = 0; i < periods.size() && i < 8; ++i) listed += (i ? ", " : "") + periods[i];
        if (periods.size() > 8) listed += " and " + std::to_string(periods.size() - 8) + " more";
        fix = "The table has " + std::to_string(count) + " figure" + (count == 1 ? "" : "s") + " of '" + map.indicator + "', for " + listed + rule +
              ": set the map's period to one of them" + (in.empty() ? "" : " or check its regions") + ".";
    }
    return DataError(map.where, "the map '" + map.id + "' has no figure of '" + map.indicator + "' for " + map.period.human() + in, fix);
}

}  // namespace

std::vector<std::string> covered_feature_ids(const Subject& subject) {
    return subject.group ? subject.group->members : std::vector<std::string>{subject.feature->id};
}

double months_in(const Period& period) {
    using namespace std::chrono;
    const year_month_day first{period.first_day()}, last{period.last_day()};
    const bool whole_months = first.day() == day{1} && year_month_day{last.year() / last.month() / std::chrono::last} == last;
    if (whole_months) {
        return static_cast<double>((static_cast<int>(last.year()) - static_cast<int>(first.year())) * 12 +
                                   static_cast<int>(static_cast<unsigned>(last.month())) -
                                   static_cast<int>(static_cast<unsigned>(first.month())) + 1);
    }
    return static_cast<double>(period.days()) / (365.2425 / 12);
}

JoinedMap join_map(const Project& project, const MapSpec& map) {
    JoinedMap joined{&map, &project.atlas.indicators.at(map.indicator), {}, {}, {}, 0, {}, {}, {}, {}, {}};

    // A region series member: only the features of its region or group are subjects.
    std::set<std::string> only;
    for (const auto& name : map.only_regions) {
        const Resolution region = project.gazetteer->resolve(name, map.where);
        only.insert(region.id);
        only.insert(region.features.begin(), region.features.end());
    }
    std::map<std::string, Subject> subjects;  // by feature id, so the output order is stable
    const PeriodNames period_names(project.geodata, map.period, map.naming);
    auto add_subject = [&](const std::string& id, const std::string& where) {
        if (subjects.count(id) || (!only.empty() && !only.count(id))) return;
        const GeoFeature* feature = project.geodata.find(id, map.period);
        if (!feature) {
            throw DataError(where, "the feature '" + id + "' has no boundary valid in " + map.period.human() + " (map '" + map.id + "')",
                            "Add a boundary layer covering that period, or give its features valid_from / valid_to that include it.");
        }
        Subject subject;
        subject.feature = feature;
        subject.name = period_names.of(id, feature->name_en);
        subjects.emplace(id, std::move(subject));
    };
    for (const auto& name : map.regions) {
        for (const auto& id : project.gazetteer->resolve(name, map.where).features) {
            add_subject(id, map.where);
            if (subjects.count(id)) subjects.at(id).listed = true;
        }
    }

    auto add_group_subject = [&](const Resolution& region, const std::string& where) {
        if (subjects.count(region.id) || (!only.empty() && !only.count(region.id))) return;
        joined.group_features.push_back(std::make_shared<const GeoFeature>(group_feature(project, region, map, where)));
        Subject subject;
        subject.feature = joined.group_features.back().get();
        subject.group = project.geodata.find_group(region.id);
        subject.name = period_names.of(region.id, subject.feature->name_en);
        subjects.emplace(region.id, std::move(subject));
    };

    for (const ResolvedFigure& resolved : project.resolved) {
        const Figure& figure = *resolved.figure;
        if (figure.indicator != map.indicator) continue;
        if (resolved.region.is_group) {
            add_group_subject(resolved.region, figure.where);
            if (subjects.count(resolved.region.id) && selected(figure.period, map)) choose(map, subjects.at(resolved.region.id), resolved);
            continue;
        }
        for (const auto& id : resolved.region.features) {
            add_subject(id, figure.where);
            if (!subjects.count(id) || !selected(figure.period, map)) continue;
            choose(map, subjects.at(id), resolved);
        }
    }

    bool any_figure = false;  // a figure without a value (the document is silent) is shown too
    for (auto& [id, subject] : subjects) {
        any_figure = any_figure || subject.figure;
        if (subject.figure) {
            subject.period_differs = !(subject.figure->figure->period == map.period);
            // A figure of a unit the feature only stands for is labelled with that unit's name.
            if (!subject.figure->region.is_group && !subject.figure->region.stands_for.empty()) subject.name = {subject.figure->region.stands_for, nullptr};
            add_source(joined, subject.figure->source);
            if (subject.has_value()) normalize(project, map, subject);
            if (subject.population) add_source(joined, subject.population->source);
        }
        joined.subjects.push_back(subject);
    }
    if (!any_figure) throw no_figure_error(project, map);
    number_footnotes(project, map, joined);
    joined.unit = unit_of(*joined.indicator, map.normalization);
    joined.decimals = decimals_for(joined);
    joined.reference_places = reference_places(project, map, subjects);
    joined.area = map.extent ? *map.extent : padded_bounds(joined.subjects);
    choose_page_projection({&joined});
    return joined;
}

Box padded_bounds(const std::vector<Subject>& subjects) {
    Box box{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (const auto& s : subjects) box.add(s.feature->box);
    if (subjects.empty()) return {-180, -60, 180, 85};  // a silent map of nothing: the world
    // Some context around the subjects, and never less than two degrees across.
    const double pad_x = std::max(box.width() * 0.12, 1.0), pad_y = std::max(box.height() * 0.12, 1.0);
    return {std::max(box.min_x - pad_x, -180.0), std::max(box.min_y - pad_y, -90.0), std::min(box.max_x + pad_x, 180.0),
            std::min(box.max_y + pad_y, 90.0)};
}

void choose_page_projection(const std::vector<JoinedMap*>& page) {
    Box area = page.front()->area;
    for (const JoinedMap* joined : page) area.add(joined->area);
    const std::string& given = page.front()->spec->projection;
    const ProjectionChoice choice = given.empty() ? choose_projection(area) : ProjectionChoice{given, ""};
    for (JoinedMap* joined : page) joined->projection = choice;
}

void choose_projections_by_page(const std::vector<JoinedMap*>& maps) {
    std::map<std::string, std::vector<JoinedMap*>> pages;
    for (JoinedMap* joined : maps)
        if (!joined->spec->multiple.empty()) pages[joined->spec->multiple].push_back(joined);
    for (const auto& [id, page] : pages) choose_page_projection(page);
}

JoinedMap merge_panels(const std::vector<const JoinedMap*>& panels) {
    JoinedMap all = *panels.front();
    all.subjects.clear();
    all.sources.clear();
    for (const JoinedMap* joined : panels) {
        all.subjects.insert(all.subjects.end(), joined->subjects.begin(), joined->subjects.end());
        for (const Source* source : joined->sources)
            if (std::find(all.sources.begin(), all.sources.end(), source) == all.sources.end()) all.sources.push_back(source);
        all.decimals = std::max(all.decimals, joined->decimals);
        if (joined != panels.front()) all.group_features.insert(all.group_features.end(), joined->group_features.begin(), joined->group_features.end());
    }
    return all;
}

}  // namespace bordermap
