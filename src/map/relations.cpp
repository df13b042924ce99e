#include "bordermap/map/relations.hpp"

#include <cmath>
#include <filesystem>
#include <map>
#include <optional>

#include "bordermap/core/text.hpp"

namespace bordermap {

FigureKey figure_key(const ResolvedFigure& r) { return {r.region.id, r.figure->indicator, r.figure->period.iso()}; }

std::string figure_text(const Figure& f) {
    const std::string mark = qualifier_mark(f.qualifier);
    return f.value ? (mark.empty() ? "" : mark + " ") + format_number(*f.value) : "no data";
}

namespace {

// One term of a relation's sum: the figure and how the message names it.
struct Term {
    std::string name;
    const Figure* figure;
};

// Whether `whole` and its `parts` break `relation`; the mismatch if they do.
std::optional<RelationMismatch> compare(const Relation& relation, const Figure& whole, const std::string& whole_name, const std::vector<Term>& parts) {
    double sum = 0;
    bool qualified = whole.qualifier != Qualifier::exact;
    std::string terms;
    for (const Term& part : parts) {
        sum += *part.figure->value;
        qualified = qualified || part.figure->qualifier != Qualifier::exact;
        terms += (terms.empty() ? "" : " + ") + part.name + " " + figure_text(*part.figure);
    }
    const double allowed = relation.tolerance * std::fabs(*whole.value);
    const double difference = sum - *whole.value;
    const bool broken = relation.kind == Relation::Kind::sum ? std::fabs(difference) > allowed : difference > allowed;
    if (!broken) return std::nullopt;
    const std::string declared_at = std::filesystem::path(relation.where).filename().string();
    return RelationMismatch{whole.where,
                            std::string(relation.kind == Relation::Kind::sum ? "the parts add up to " : "the parts add up to more than the whole: ") +
                                format_number(sum) + " (" + terms + "), but " + whole_name + " is " + figure_text(whole) + " (difference " +
                                format_number(difference) + ")",
                            qualified ? "A figure involved is qualified; if the document itself disagrees, keep the figures and say so in a note."
                                      : "Check the figures against the document (relation declared at " + declared_at + ").",
                            qualified};
}

// Figures with a value by region id, indicator and period.
using FigureIndex = std::map<FigureKey, const ResolvedFigure*>;

// A relation's regions as ids, resolved once (the project checked them when it was loaded).
struct RelationRegions {
    std::string whole;
    std::vector<std::pair<std::string, std::string>> parts;  // id, name in messages
};

RelationRegions regions_of(const Project& project, const Relation& relation) {
    RelationRegions regions;
    if (!relation.between_regions()) return regions;
    regions.whole = project.gazetteer->resolve(relation.whole_region, relation.where).id;
    for (const auto& part : relation.part_regions) {
        const std::string id = project.gazetteer->resolve(part, relation.where).id;
        const GeoFeature* feature = project.geodata.find(id);
        regions.parts.emplace_back(id, feature ? feature->name_en : part);
    }
    return regions;
}

// The parts of `whole` under `relation`, each found in `index`; nothing unless every part is
// reported (a relation is checked only where it can be).
std::optional<std::vector<Term>> parts_of(const Relation& relation, const RelationRegions& regions, const ResolvedFigure& whole,
                                          const FigureIndex& index) {
    const Figure& w = *whole.figure;
    std::vector<Term> terms;
    const auto add = [&](const std::string& region, const std::string& indicator, const std::string& name) {
        const auto found = index.find({region, indicator, w.period.iso()});
        if (found == index.end()) return false;
        terms.push_back({name, found->second->figure});
        return true;
    };
    if (relation.between_regions()) {
        for (const auto& [id, name] : regions.parts)
            if (!add(id, w.indicator, name)) return std::nullopt;
    } else {
        for (const auto& part : relation.parts)
            if (!add(whole.region.id, part, part)) return std::nullopt;
    }
    return terms;
}

bool is_whole(const Relation& relation, const RelationRegions& regions, const ResolvedFigure& r) {
    if (!r.figure->value) return false;
    if (!relation.between_regions()) return r.figure->indicator == relation.whole;
    const auto& only = relation.indicators;
    return r.region.id == regions.whole && (only.empty() || std::find(only.begin(), only.end(), r.figure->indicator) != only.end());
}

}  // namespace

std::vector<RelationMismatch> relation_mismatches(const Project& project) {
    std::vector<RelationMismatch> out;
    FigureIndex index;
    for (const auto& r : project.resolved)
        if (r.figure->value) index.emplace(figure_key(r), &r);
    for (const Relation& relation : project.atlas.relations) {
        const RelationRegions regions = regions_of(project, relation);
        for (const auto& r : project.resolved) {
            if (!is_whole(relation, regions, r)) continue;
            const auto parts = parts_of(relation, regions, r, index);
            if (!parts) continue;
            const std::string whole_name = relation.between_regions() ? relation.whole_region + "'s " + r.figure->indicator : r.figure->indicator;
            if (auto mismatch = compare(relation, *r.figure, whole_name, *parts)) out.push_back(std::move(*mismatch));
        }
    }
    for (RelationMismatch& m : derivation_mismatches(project)) out.push_back(std::move(m));
    return out;
}

std::vector<RelationMismatch> derivation_mismatches(const Project& project) {
    std::vector<RelationMismatch> out;
    for (const auto& r : project.resolved) {
        if (!r.derived) continue;
        const Figure& f = *r.figure;
        // Half a unit of the value's last written digit: 33.3 for 100 / 3 is right.
        const double allowed = 0.5 * std::pow(10.0, -f.value_decimals) + 1e-9 * std::fabs(*f.value);
        const double difference = *f.value - r.derived->value;
        if (std::fabs(difference) <= allowed) continue;
        const bool qualified = f.qualifier != Qualifier::exact || r.derived->from_qualified;
        out.push_back({f.where,
                       "is derived as " + r.derived->in_words + " = " + format_number(r.derived->value, std::max(f.value_decimals, 2)) +
                           ", but its value is " + figure_text(f) + " (difference " + format_number(difference, std::max(f.value_decimals, 2)) + ")",
                       qualified ? "A figure involved is qualified; if the document itself disagrees, keep the figures and say so in a note."
                                 : "Correct the value or the derivation.",
                       qualified, "derivation_mismatch"});
    }
    return out;
}

}  // namespace bordermap
