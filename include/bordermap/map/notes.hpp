#pragma once
// The texts a map states about its data: source line, footnotes, boundaries and names used.
// Generated from the joined map and the geodata, never written by hand, so they stay true.
#include <string>
#include <utility>
#include <vector>

#include "bordermap/geo/names.hpp"
#include "bordermap/map/join.hpp"

namespace bordermap {

// Label text of one subject's figure as the map shows it: "≈ 1,778", "2,336", "549*", "2,716†".
std::string value_text(const Subject& subject, int decimals);
// The legend's entry for regions without a value: "Not reported" when they share that reason, else "No data".
std::string missing_legend_label(const JoinedMap& joined);
// "Source: ...": the citations of the figures a map shows, with archive references and pages.
std::string source_line(const JoinedMap& joined);
// Footnotes for figures whose period differs from the map's, with the span a rate divides by:
// "* Liaoning: January 1961 – March 1962 (15 months)."
std::vector<std::string> period_notes(const JoinedMap& joined);
// Footnotes for derived figures: "† Jilin: derived, Liaoning and Jilin 4,701 − Liaoning 1,985."
std::vector<std::string> derivation_notes(const JoinedMap& joined);
// The map's chosen notes of figures, numbered as their labels are: "¹ Jilin: the cable gives ...".
std::vector<std::string> figure_footnotes(const JoinedMap& joined);
// A footnote's number as a superscript: "¹", "¹²".
std::string superscript(int number);
// The mark of a derived figure on labels, legend and footnotes.
inline constexpr const char* derived_mark = "\u2020";
// "Per 1,000 inhabitants; population: Jilin 12,550,000 (1964), ..." for maps normalized by population.
std::string population_note(const JoinedMap& joined);
// What the boundaries are: "Boundaries: Natural Earth 1:10m (4.1.0), present-day lines; those of
// Heilongjiang, Jilin and Liaoning changed in 1969 and 1979." (changes dated from the map's period on)
std::string boundaries_note(const Project& project, const JoinedMap& joined);
// "Names as in 1961: Andong (today Dandong)." for the labels that use a name of the map's period.
std::string names_note(const Period& period, const std::vector<std::pair<std::string, NameChoice>>& labelled);

// "a", "a and b", "a, b and c".
std::string list_in_words(const std::vector<std::string>& items);

}  // namespace bordermap
