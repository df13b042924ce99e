#include "bordermap/map/relations.hpp"

#include <cmath>
#include <filesystem>
#include <map>

#include "bordermap/core/text.hpp"

namespace bordermap {

FigureKey figure_key(const ResolvedFigure& r) { return {r.region.id, r.figure->indicator, r.figure->period.iso()}; }

std::string figure_text(const Figure& f) {
    const std::string mark = qualifier_mark(f.qualifier);
    return f.value ? (mark.empty() ? "" : mark + " ") + format_number(*f.value) : "no data";
}

std::vector<RelationMismatch> relation_mismatches(const Project& project) {
    std::vector<RelationMismatch> out;
    std::map<FigureKey, const ResolvedFigure*> by_key;
    for (const auto& r : project.resolved)
        if (r.figure->value) by_key.emplace(figure_key(r), &r);
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
                terms += (terms.empty() ? "" : " + ") + part + " " + figure_text(p);
            }
            if (!complete) continue;  // a relation is checked only where every part is reported
            const double allowed = relation.tolerance * std::fabs(*whole.value);
            const double difference = sum - *whole.value;
            const bool broken = relation.kind == Relation::Kind::sum ? std::fabs(difference) > allowed : difference > allowed;
            if (!broken) continue;
            const std::string declared_at = std::filesystem::path(relation.where).filename().string();
            out.push_back({whole.where,
                           std::string(relation.kind == Relation::Kind::sum ? "the parts add up to " : "the parts add up to more than the whole: ") +
                               format_number(sum) + " (" + terms + "), but " + whole.indicator + " is " + figure_text(whole) +
                               " (difference " + format_number(difference) + ")",
                           qualified ? "A figure involved is qualified; if the document itself disagrees, keep the figures and say so in a note."
                                     : "Check the figures against the document (relation declared at " + declared_at + ").",
                           qualified});
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
