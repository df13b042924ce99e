// The footer: what the figures are and where they come from, the historical names the labels
// use, and who made the map. Said once for a map and for small multiples.
#include "bordermap/map/notes.hpp"
#include "render/compose_steps.hpp"

namespace bordermap::composition {

Footer::Footer(const Project& project, const JoinedMap& joined) : spec_(*joined.spec) {
    notes_ = source_line(joined);
    for (const auto& note : period_notes(joined)) notes_ += "\n" + note;
    for (const auto& note : derivation_notes(joined)) notes_ += "\n" + note;
    for (const auto& note : figure_footnotes(joined)) notes_ += "\n" + note;
    if (const std::string note = population_note(joined); !note.empty()) notes_ += "\n" + note;
    notes_ += "\n" + boundaries_note(project, joined);
}

std::string Footer::text(const NamesShown& names) const {
    const std::string names_line = names_note(spec_.period, names);
    const std::string footer = names_line.empty() ? notes_ : notes_ + "\n" + names_line;
    // The last line says who made the map, when the atlas says so.
    return spec_.credits.empty() ? footer : footer + "\n" + spec_.credits;
}

NamesShown names_labels_might_use(const Project& project, const JoinedMap& joined, const std::vector<const GeoFeature*>& in_effect,
                                  const PeriodNames& period_names) {
    NamesShown names;
    for (const auto& s : joined.subjects) names.emplace_back(s.feature->name_en, s.name);
    for (const GeoFeature* f : in_effect) names.emplace_back(f->name_en, period_names.of(f->id, f->name_en));
    for (const auto& g : project.geodata.groups) names.emplace_back(g.name_en, period_names.of(g.id, g.name_en));
    return names;
}

}  // namespace bordermap::composition
