#include "bordermap/map/notes.hpp"

#include <algorithm>
#include <set>

#include "bordermap/core/text.hpp"

namespace bordermap {

std::string list_in_words(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    return out;
}

std::string value_text(const Subject& subject, int decimals) {
    const std::string note_mark = subject.footnote > 0 ? superscript(subject.footnote) : "";
    if (!subject.has_value()) return missing_text(subject.figure ? subject.figure->figure : nullptr) + note_mark;
    const std::string mark = qualifier_mark(subject.figure->figure->qualifier);
    return (mark.empty() ? "" : mark + " ") + format_number(subject.value(), decimals) + (subject.period_differs ? "*" : "") +
           (subject.figure->derived ? derived_mark : "") + note_mark;
}

std::string missing_legend_label(const JoinedMap& joined) {
    std::set<std::string> reasons;
    for (const auto& s : joined.subjects)
        if (!s.has_value()) reasons.insert(missing_text(s.figure ? s.figure->figure : nullptr));
    // One shared reason is named ("Not reported"); a mix is plain "No data".
    std::string label = reasons.size() == 1 ? *reasons.begin() : "no data";
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return label;
}

std::string source_line(const JoinedMap& joined) {
    std::string line;
    for (const Source* source : joined.sources) {
        std::set<std::string> pages;
        for (const auto& s : joined.subjects) {
            for (const ResolvedFigure* used : {s.figure, s.population})
                if (used && used->source == source && !used->figure->pages.empty()) pages.insert(used->figure->pages);
        }
        std::string entry = source->citation;
        if (!source->archive_ref.empty() && entry.find(source->archive_ref) == std::string::npos) entry += ", " + source->archive_ref;
        for (const auto& p : pages) {
            const bool range = p.find_first_of("-,") != std::string::npos;
            std::string shown = p;
            if (auto dash = shown.find('-'); dash != std::string::npos) shown.replace(dash, 1, "\u2013");
            entry += (&p == &*pages.begin() ? (range ? ", pp. " : ", p. ") : "; ") + shown;
        }
        line += (line.empty() ? "" : " ") + entry + (entry.ends_with('.') ? "" : ".");
    }
    return (joined.sources.size() > 1 ? "Sources: " : "Source: ") + line;
}

std::vector<std::string> period_notes(const JoinedMap& joined) {
    const auto kind = joined.spec->normalization.kind;
    const bool by_time = kind == Normalization::Kind::per_month || kind == Normalization::Kind::per_year;
    std::vector<std::string> notes;
    std::set<const ResolvedFigure*> seen;
    for (const auto& s : joined.subjects) {
        if (!s.period_differs || !seen.insert(s.figure).second) continue;
        const std::string span = by_time && s.has_value() ? " (" + s.divisor_text + ")" : "";
        const std::string note = "* " + s.feature->name_en + ": " + s.figure->figure->period.human() + span + ".";
        // Panels of small multiples may repeat a span (Liaoning's crossings and its sent back): say it once.
        if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
    }
    return notes;
}

std::vector<std::string> derivation_notes(const JoinedMap& joined) {
    std::vector<std::string> notes;
    for (const auto& s : joined.subjects) {
        if (!s.figure || !s.figure->derived) continue;
        const std::string note = std::string(derived_mark) + " " + s.name.name + ": derived, " + s.figure->derived->in_words + ".";
        if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
    }
    return notes;
}

std::string superscript(int number) {
    static const char* const digits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    std::string out;
    for (const char c : std::to_string(number)) out += digits[c - '0'];
    return out;
}

std::vector<std::string> figure_footnotes(const JoinedMap& joined) {
    std::vector<std::string> notes;
    int last = 0;
    for (const auto& s : joined.subjects) {
        if (s.footnote <= last) continue;  // numbered in subject order: a repeat has a number seen already
        last = s.footnote;
        std::string note = s.figure->figure->note;
        if (!note.empty() && !note.ends_with('.')) note += ".";
        notes.push_back(superscript(s.footnote) + " " + s.name.name + ": " + note);
    }
    return notes;
}

std::string population_note(const JoinedMap& joined) {
    if (joined.spec->normalization.kind != Normalization::Kind::per_population) return {};
    std::vector<std::string> entries;
    std::set<const ResolvedFigure*> seen;
    for (const auto& s : joined.subjects) {
        if (!s.population || !seen.insert(s.population).second) continue;
        const Figure& p = *s.population->figure;
        const std::string mark = qualifier_mark(p.qualifier);
        entries.push_back(s.feature->name_en + " " + (mark.empty() ? "" : mark + " ") + format_number(*p.value) + " (" + p.period.human() + ")");
    }
    return "Rates per " + format_number(joined.spec->normalization.per) + " inhabitants; population: " + list_in_words(entries) + ".";
}

std::string boundaries_note(const Project& project, const JoinedMap& joined) {
    const Geodata& geodata = project.geodata;
    const Period& period = joined.spec->period;
    std::vector<std::string> parts;
    for (std::size_t layer = 0; layer < geodata.layers.size(); ++layer) {
        std::vector<const GeoFeature*> features;  // a group's subject stands for its members' lines
        for (const auto& s : joined.subjects)
            for (const auto& id : covered_feature_ids(s)) {
                const GeoFeature* f = s.group ? geodata.find(id, period) : s.feature;
                if (f && f->layer == layer) features.push_back(f);
            }
        if (features.empty() && layer != 0) continue;  // the bundled lines are context on every map: always named
        const LayerInfo& info = geodata.layers[layer];
        if (info.bundled) {
            std::string part = info.title + (geodata.version.empty() ? "" : " (" + geodata.version + ")") + ", present-day lines";
            std::set<std::string> changed;
            std::set<std::string> years;
            for (const BoundaryChange& change : geodata.changes) {
                if (change.date.last_day() < period.first_day()) continue;  // before the map's time: its lines already show it
                for (const GeoFeature* f : features) {
                    if (std::find(change.ids.begin(), change.ids.end(), f->id) == change.ids.end()) continue;
                    changed.insert(f->name_en);
                    years.insert(change.date.human());
                }
            }
            if (!changed.empty()) {
                part += "; those of " + list_in_words({changed.begin(), changed.end()}) + " changed in " +
                        list_in_words({years.begin(), years.end()});
            }
            parts.push_back(part);
        } else {
            std::set<std::string> spans;
            for (const GeoFeature* f : features) spans.insert(f->valid.dated() ? f->valid.human() : "");
            std::string part = info.title;
            if (spans.size() == 1 && !spans.begin()->empty()) part += " (" + *spans.begin() + ")";
            std::vector<std::string> names;
            for (const GeoFeature* f : features) names.push_back(f->name_en);
            parts.push_back(part + " for " + list_in_words(names));
        }
    }
    return "Boundaries: " + [&] {
        std::string joined_parts;
        for (const auto& p : parts) joined_parts += (joined_parts.empty() ? "" : "; ") + p;
        return joined_parts;
    }() + ".";
}

std::string names_note(const Period& period, const std::vector<std::pair<std::string, NameChoice>>& labelled) {
    std::vector<std::string> entries;
    std::set<std::string> seen;
    for (const auto& [modern, choice] : labelled) {
        // A dated name that is today's too (Anshan) says nothing about the period.
        if (!choice.alias || choice.name == modern || !seen.insert(choice.name).second) continue;
        entries.push_back(choice.name + " (today " + modern + ")");
    }
    if (entries.empty()) return {};
    return "Names as in " + period.human() + ": " + list_in_words(entries) + ".";
}

}  // namespace bordermap
