#include "bordermap/check/check.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <filesystem>
#include <tuple>

#include "bordermap/core/text.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/render/map_model.hpp"

namespace bordermap {
namespace {

using Severity = Finding::Severity;

// Figures of one region, indicator and period: what relations and duplicates are about.
using FigureKey = std::tuple<std::string, std::string, std::string>;  // region id, indicator, period
FigureKey key_of(const ResolvedFigure& r) { return {r.region.id, r.figure->indicator, r.figure->period.iso()}; }

std::string shown(const Figure& f) {
    const std::string mark = qualifier_mark(f.qualifier);
    return f.value ? (mark.empty() ? "" : mark + " ") + format_number(*f.value) : "no data";
}

std::string short_where(const std::string& where) { return std::filesystem::path(where).filename().string(); }

void duplicates_and_conflicts(const Project& project, std::vector<Finding>& out) {
    std::map<FigureKey, std::vector<const ResolvedFigure*>> groups;
    for (const auto& r : project.resolved) groups[key_of(r)].push_back(&r);
    for (const auto& [key, figures] : groups) {
        if (figures.size() < 2) continue;
        const ResolvedFigure& first = *figures.front();
        for (std::size_t i = 1; i < figures.size(); ++i) {
            const ResolvedFigure& other = *figures[i];
            const bool same = other.figure->value == first.figure->value && other.figure->qualifier == first.figure->qualifier;
            const std::string what = std::get<1>(key) + " of " + std::get<0>(key) + " for " + first.figure->period.human();
            if (same) {
                out.push_back({Severity::warning, "duplicate", other.figure->where,
                               "repeats " + short_where(first.figure->where) + " (" + what + ": " + shown(*first.figure) + ")" +
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
                               "conflicts with " + short_where(first.figure->where) + " (" + what + "): " + shown(*other.figure) + " (" +
                                   other.source->id + ") against " + shown(*first.figure) + " (" + first.source->id + ")" +
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

void maps(const Project& project, std::vector<Finding>& out) {
    for (const auto& map : project.atlas.maps) {
        try {
            const JoinedMap joined = join_map(project, map);
            classify_map(joined);
        } catch (const DataError& e) {
            out.push_back({Severity::error, "map", e.where(), e.problem(), e.fix()});
        }
    }
}

}  // namespace

std::vector<Finding> check_relations(const Project& project) {
    std::vector<Finding> out;
    std::map<FigureKey, const ResolvedFigure*> by_key;
    for (const auto& r : project.resolved)
        if (r.figure->value) by_key.emplace(key_of(r), &r);
    for (const Relation& relation : project.atlas.relations) {
        for (const auto& r : project.resolved) {
            const Figure& whole = *r.figure;
            if (whole.indicator != relation.whole || !whole.value) continue;
            double sum = 0;
            bool complete = true, qualified = whole.qualifier != Qualifier::exact;
            std::string terms;
            for (const auto& part : relation.parts) {
                const auto found = by_key.find({r.region.id, part, whole.period.iso()});
                if (found == by_key.end()) {
                    complete = false;
                    break;
                }
                const Figure& p = *found->second->figure;
                sum += *p.value;
                qualified = qualified || p.qualifier != Qualifier::exact;
                terms += (terms.empty() ? "" : " + ") + part + " " + shown(p);
            }
            if (!complete) continue;  // a relation is checked only where every part is reported
            const double allowed = relation.tolerance * std::fabs(*whole.value);
            const double difference = sum - *whole.value;
            const bool broken = relation.kind == Relation::Kind::sum ? std::fabs(difference) > allowed : difference > allowed;
            if (!broken) continue;
            // A qualified figure ("about") makes a mismatch a question for the historian, not a typing error.
            out.push_back({qualified ? Severity::warning : Severity::error, "relation_mismatch", whole.where,
                           std::string(relation.kind == Relation::Kind::sum ? "the parts add up to " : "the parts add up to more than the whole: ") +
                               format_number(sum) + " (" + terms + "), but " + whole.indicator + " is " + shown(whole) +
                               " (difference " + format_number(difference) + ")",
                           qualified ? "A figure involved is qualified; if the document itself disagrees, keep the figures and say so in a note."
                                     : "Check the figures against the document (relation declared at " + short_where(relation.where) + ")."});
        }
    }
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

}  // namespace bordermap
