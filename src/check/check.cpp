#include "bordermap/check/check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "bordermap/map/class_groups.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/map/notes.hpp"
#include "bordermap/map/relations.hpp"
#include "bordermap/map/map_warnings.hpp"
#include "bordermap/map/print_check.hpp"
#include "bordermap/map/classes.hpp"
#include "bordermap/model/style.hpp"

namespace bordermap {
namespace {

using Severity = Finding::Severity;


std::string short_where(const std::string& where) { return std::filesystem::path(where).filename().string(); }


void duplicates_and_conflicts(const Project& project, std::vector<Finding>& out) {
    std::map<FigureKey, std::vector<const ResolvedFigure*>> groups;
    for (const auto& r : project.resolved) groups[figure_key(r)].push_back(&r);
    for (const auto& [key, figures] : groups) {
        if (figures.size() < 2) continue;
        const ResolvedFigure& first = *figures.front();
        for (std::size_t i = 1; i < figures.size(); ++i) {
            const ResolvedFigure& other = *figures[i];
            const bool same = other.figure->value == first.figure->value && other.figure->qualifier == first.figure->qualifier;
            const std::string what = std::get<1>(key) + " of " + std::get<0>(key) + " for " + first.figure->period.human();
            if (same) {
                out.push_back({Severity::warning, "duplicate", other.figure->where,
                               "repeats " + short_where(first.figure->where) + " (" + what + ": " + figure_text(*first.figure) + ")" +
                                   (other.source != first.source ? ", from another source (" + other.source->id + ")" : ""),
                               other.source != first.source ? "Two sources agree; keep both rows if you cite both."
                                                            : "Remove one of the two rows."});
            } else {
                // Maps that show this period and say which source they prefer have settled it.
                std::string settled;
                for (const MapSpec& map : project.atlas.maps) {
                    if (map.indicator != first.figure->indicator || !first.figure->period.overlaps(map.period)) continue;
                    for (const auto& id : map.prefer_source) {
                        if (id != first.source->id && id != other.source->id) continue;
                        settled += (settled.empty() ? "" : ", ") + map.id + " shows " + id;
                        break;
                    }
                }
                out.push_back({Severity::warning, "conflict", other.figure->where,
                               "conflicts with " + short_where(first.figure->where) + " (" + what + "): " + figure_text(*other.figure) + " (" +
                                   other.source->id + ") against " + figure_text(*first.figure) + " (" + first.source->id + ")" +
                                   (settled.empty() ? "" : "; prefer_source: " + settled),
                               settled.empty() ? "A map showing this period must choose: set prefer_source in the map, or remove or re-date a row."
                                               : "Both are kept; the other figure is listed as set aside in the map's provenance."});
            }
        }
    }
}

void unused(const Project& project, std::vector<Finding>& out) {
    for (const auto& source : project.sources) {
        const bool cited = std::any_of(project.resolved.begin(), project.resolved.end(), [&](const ResolvedFigure& r) { return r.source == &source; });
        if (!cited) out.push_back({Severity::warning, "unused_source", source.where, "no figure cites the source '" + source.id + "'",
                                   "Fine for a document kept for context; otherwise remove it."});
    }
    std::map<std::string, std::size_t> unmapped_indicator;
    for (const auto& r : project.resolved) {
        const Figure& f = *r.figure;
        bool indicator_mapped = false, shown_on_a_map = false;
        for (const auto& map : project.atlas.maps) {
            if (map.normalization.population == f.indicator) indicator_mapped = shown_on_a_map = true;  // a divisor
            if (map.indicator != f.indicator) continue;
            indicator_mapped = true;
            shown_on_a_map = shown_on_a_map || (map.rule == PeriodRule::within ? f.period.within(map.period) : f.period.overlaps(map.period));
        }
        if (!indicator_mapped) ++unmapped_indicator[f.indicator];
        else if (!shown_on_a_map) {
            out.push_back({Severity::warning, "unused_figure", f.where,
                           "no map shows this figure (" + f.indicator + ", " + f.period.human() + ")",
                           "Add a map for its period, or leave it: it is still in the GIS layers."});
        }
    }
    if (!unmapped_indicator.empty()) {
        std::string list;
        for (const auto& [indicator, count] : unmapped_indicator) list += (list.empty() ? "" : ", ") + indicator + " (" + std::to_string(count) + ")";
        out.push_back({Severity::warning, "unmapped_indicator", project.atlas.file.string(),
                       std::to_string(unmapped_indicator.size()) + " indicators are on no map: " + list,
                       "Add a [[map]] for those that should be drawn; their figures are in the GIS layers either way."});
    }
}

// Classes that would merge in print: one warning per map and way of seeing, the closest pair first.
void print_check(const MapSpec& map, const JoinedMap& joined, const MapClasses& classes, std::vector<Finding>& out) {
    std::vector<Swatch> swatches;
    for (std::size_t i = 0; i < classes.colours.size(); ++i) swatches.push_back({classes.classification.labels[i], classes.colours[i]});
    std::optional<HatchSwatch> no_data;
    const Style& style = map.style;  // the map's own: a style may change the hatching's colours
    if (std::any_of(joined.subjects.begin(), joined.subjects.end(), [](const Subject& s) { return !s.has_value(); }))
        no_data = HatchSwatch{missing_legend_label(joined), style.no_data_fill, style.no_data_hatch};
    PrintCheck check = check_print(swatches, no_data);
    // Colours in proportion to close values are meant to look alike: only classes whose values lie
    // a quarter of the scale or more apart must stay apart.
    const std::vector<double>& shares = classes.proportional_shares;
    if (!shares.empty()) {
        std::erase_if(check.merges, [&](const Merge& m) {
            return m.first < shares.size() && m.second < shares.size() && std::fabs(shares[m.first] - shares[m.second]) < 0.25;
        });
    }
    const std::string need = format_number(check.threshold, 0);
    for (Vision vision : all_visions()) {
        std::vector<const Merge*> merged;
        for (const auto& m : check.merges)
            if (m.vision == vision) merged.push_back(&m);
        if (merged.empty()) continue;
        std::stable_sort(merged.begin(), merged.end(), [](const Merge* a, const Merge* b) { return a->delta_e < b->delta_e; });
        auto is_hatch = [&](const Merge* m) { return m->first == swatches.size(); };
        auto pair = [&](const Merge& m) {
            if (is_hatch(&m)) return "the hatching of '" + no_data->label + "' and its background";
            return "the classes '" + m.first_label + "' and '" + m.second_label + "'";
        };
        auto difference = [](const Merge& m) { return "CIEDE2000 " + one_decimal(m.delta_e); };
        std::string message = "map '" + map.id + "': ";
        std::string code, fix;
        switch (vision) {
            case Vision::normal:
                code = "print_colour";
                message += pair(*merged[0]) + " are hard to tell apart even in colour";
                fix = "Use fewer classes: YlOrRd, Blues and Greys keep up to 7 classes apart.";
                break;
            case Vision::grayscale:
                code = "print_grayscale";
                message += "printed in grayscale, " + pair(*merged[0]) + " merge";
                fix = "For a grayscale print use fewer classes (YlOrRd, Blues and Greys keep up to 7 apart), "
                      "or a palette whose lightness changes with every class.";
                break;
            default:
                code = "print_cvd";
                message += std::string("for readers with ") + to_string(vision) + " (simulated), " + pair(*merged[0]) + " merge";
                fix = "Choose a colour-blind-safe palette: YlOrRd, Blues and Greys are, with up to 7 classes.";
        }
        message += " (" + difference(*merged[0]) + "; at least " + need + " needed)";
        for (std::size_t i = 1; i < merged.size(); ++i) message += (i == 1 ? "; so do " : ", ") + pair(*merged[i]) + " (" + one_decimal(merged[i]->delta_e) + ")";
        if (std::any_of(merged.begin(), merged.end(), is_hatch)) fix += " The no-data hatching needs a colour darker than its background.";
        out.push_back({Severity::warning, code, map.where, message, fix});
    }
}

// Each map joined on its own, so that every map's error is reported; the maps of a class group that
// join are classed together, as the build classes them.
void maps(const Project& project, std::vector<Finding>& out) {
    auto report = [&](const DataError& e) { out.push_back({Severity::error, "map", e.where(), e.problem(), e.fix()}); };
    for (const auto& group : class_groups(project.atlas.maps)) {
        std::vector<JoinedMap> joins;
        joins.reserve(group.size());  // classed through pointers
        for (std::size_t i : group) {
            try {
                joins.push_back(join_map(project, project.atlas.maps[i]));
            } catch (const DataError& e) {
                report(e);
            }
        }
        if (joins.empty()) continue;
        try {
            std::vector<const JoinedMap*> pointers;
            for (const JoinedMap& joined : joins) pointers.push_back(&joined);
            const std::vector<MapClasses> classes = classify_maps(pointers);
            for (std::size_t k = 0; k < joins.size(); ++k) {
                print_check(*joins[k].spec, joins[k], classes[k], out);
                for (const MapWarning& w : map_warnings(*joins[k].spec, joins[k], classes[k]))
                    out.push_back({Severity::warning, w.code, w.where, w.message, w.fix});
            }
        } catch (const DataError& e) {
            report(e);
        }
    }
}

}  // namespace

std::vector<Finding> check_relations(const Project& project) {
    std::vector<Finding> out;
    for (RelationMismatch& m : relation_mismatches(project))
        out.push_back({m.qualified ? Severity::warning : Severity::error, std::move(m.code), std::move(m.where), std::move(m.message), std::move(m.fix)});
    return out;
}

std::vector<Finding> check_project(const Project& project, const std::vector<DataError>& bad_rows) {
    std::vector<Finding> out;
    for (const auto& e : bad_rows) out.push_back({Severity::error, e.code(), e.where(), e.problem(), e.fix()});
    duplicates_and_conflicts(project, out);
    for (auto& f : check_relations(project)) out.push_back(std::move(f));
    unused(project, out);
    maps(project, out);
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    return out;
}

std::vector<std::string> describe_maps(const Project& project) {
    std::vector<std::string> lines;
    GroupClassifier classifier(project);
    std::vector<ClassedMap> maps;
    std::vector<JoinedMap*> joined_maps;
    for (std::size_t i = 0; i < project.atlas.maps.size(); ++i) maps.push_back(classifier.take(i));
    for (ClassedMap& map : maps) joined_maps.push_back(&map.joined);
    choose_projections_by_page(joined_maps);
    for (std::size_t i = 0; i < project.atlas.maps.size(); ++i) {
        const MapSpec& spec = project.atlas.maps[i];
        const auto& [joined, classes] = maps[i];
        std::string shown;
        for (const auto& s : joined.subjects) {
            // The label the map prints (Antung in 1961), today's name beside it where it differs.
            const std::string& label = s.name.name.empty() ? s.feature->name_en : s.name.name;
            shown += (shown.empty() ? "" : ", ") + label + (label != s.feature->name_en && !s.group ? " (" + s.feature->name_en + ")" : "") + " " +
                     value_text(s, joined.decimals);
        }
        const std::string count = std::to_string(classes.classification.size());
        const std::string how = classes.classification.size() == 0 ? "no value: the documents are silent"
                                : classes.classification.continuous ? "unclassed, " + count + " values"
                                : count + (classes.classification.size() == 1 ? " class" : " classes");
        lines.push_back(spec.id + ": " + joined.indicator->label + ", " + spec.period.human() + " — " + shown + " (" + how +
                        (spec.class_group.empty() ? "" : ", shared across '" + spec.class_group + "'") + ")");
        if (!joined.projection.chosen_as.empty()) lines.push_back("  projection chosen: " + joined.projection.chosen_as);
    }
    return lines;
}

}  // namespace bordermap
