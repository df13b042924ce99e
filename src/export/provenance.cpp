#include "bordermap/export/provenance.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "bordermap/config.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/map/notes.hpp"

namespace bordermap {
namespace {

using Json = nlohmann::ordered_json;

// "figures.csv:12" rather than "/home/.../figures.csv:12", and "geodata/gazetteer.csv:230" for
// the bundled geodata: the file must not depend on where the atlas or bordermap live.
std::string relative(const Project& project, const std::string& where) {
    const std::string atlas = project.atlas.folder.string() + "/", geodata = project.geodata.folder.string() + "/";
    if (where.starts_with(geodata)) return "geodata/" + where.substr(geodata.size());
    return where.starts_with(atlas) ? where.substr(atlas.size()) : where;
}

// Whole numbers as integers (28028, not 28028.0): the figures are counts as the document gives them.
Json json_number(double value) {
    if (value == static_cast<double>(static_cast<long long>(value)) && std::abs(value) < 1e15) return static_cast<long long>(value);
    return value;
}

// A period with times of day also gives its first and last second ("start", "end").
Json period_json(const Period& p) {
    Json j{{"iso", p.iso()}, {"first_day", p.first_iso_day()}, {"last_day", p.last_iso_day()}, {"human", p.human()}};
    if (!p.whole_days()) {
        j["start"] = p.start_iso();
        j["end"] = p.end_iso();
    }
    return j;
}

Json source_json(const Source& s) {
    Json j{{"id", s.id}, {"citation", s.citation}};
    if (!s.archive_ref.empty()) j["archive_ref"] = s.archive_ref;
    if (!s.date.empty()) j["date"] = s.date;
    if (!s.url.empty()) j["url"] = s.url;
    return j;
}

// The rows, lines and files the provenance cites, or not: a digest of what a map shows must not
// change when a row merely moves within its table.
enum class Locations { cited, left_out };

Json figure_json(const Project& project, const ResolvedFigure& r, Locations locations) {
    const Figure& f = *r.figure;
    Json j;
    if (locations == Locations::cited) j["row"] = relative(project, f.where);
    j["region_as_written"] = f.region;
    j["region_id"] = r.region.id;
    j["value"] = f.value ? json_number(*f.value) : Json(nullptr);
    j["qualifier"] = qualifier_name(f);
    j["period"] = period_json(f.period);
    j["source"] = r.source->id;  // described once under "sources"
    if (!f.pages.empty()) j["pages"] = f.pages;
    if (!f.note.empty()) j["note"] = f.note;
    if (r.derived) {
        Json derivation{{"written", f.derivation->written()}, {"in_words", r.derived->in_words}, {"comes_to", json_number(r.derived->value)}};
        if (locations == Locations::cited) {
            Json rows = Json::array();
            for (const auto& row : r.derived->rows) rows.push_back(relative(project, row));
            derivation["from_rows"] = rows;
        }
        j["derivation"] = derivation;
    }
    return j;
}

// What the map is: its settings as the atlas declared them and the expansion made them.
Json map_json(const Project& project, const JoinedMap& joined, Locations locations) {
    const MapSpec& spec = *joined.spec;
    Json map{{"id", spec.id}, {"title", spec.title}};
    if (!spec.subtitle.empty()) map["subtitle"] = spec.subtitle;
    if (locations == Locations::cited) map["declared_at"] = relative(project, spec.where);
    if (!spec.series.empty()) map["series"] = spec.series;
    if (!spec.only_regions.empty()) map["only_regions"] = spec.only_regions;
    // Maps classed together share breaks; a reader comparing them needs to know.
    if (!spec.class_group.empty()) map["classes_shared_by"] = spec.class_group;
    map["indicator"] = {{"id", joined.indicator->id}, {"label", joined.indicator->label}, {"unit", joined.indicator->unit}};
    map["period"] = period_json(spec.period);
    map["period_rule"] = period_rule_names.name(spec.rule);
    Json normalization{{"kind", normalization_names.name(spec.normalization.kind)}};
    if (spec.normalization.kind == Normalization::Kind::per_population) {
        normalization["population"] = spec.normalization.population;
        normalization["per"] = json_number(spec.normalization.per);
    }
    map["normalization"] = normalization;
    map["unit_shown"] = joined.unit;
    map["names"] = naming_policy_names.name(spec.naming.policy);
    map["name_systems"] = spec.naming.systems;
    map["prefer_source"] = spec.prefer_source;
    map["projection"] = {{"definition", joined.projection.definition},
                         {"chosen", joined.projection.chosen_as.empty() ? Json(nullptr) : Json(joined.projection.chosen_as)}};
    return map;
}

// One subject: its feature, label and boundary, and the figure shown with what it was divided by
// and what was set aside.
Json region_json(const Project& project, const JoinedMap& joined, const Subject& s, Locations locations) {
    Json region{{"feature", s.feature->id}, {"name", s.feature->name_en}, {"label", s.name.name}};
    if (s.name.alias && locations == Locations::cited) region["label_from"] = relative(project, s.name.alias->where);
    region["boundary"] = project.geodata.layers[s.feature->layer].title + (s.feature->valid.dated() ? " (" + s.feature->valid.human() + ")" : "");
    if (!s.figure) {
        region["figure"] = nullptr;
        region["shown"] = "no data";
        return region;
    }
    region["figure"] = figure_json(project, *s.figure, locations);
    region["period_differs"] = s.period_differs;
    region["shown"] = value_text(s, joined.decimals);
    if (s.has_value()) {
        region["shown_value"] = json_number(s.value());
        if (s.divisor != 1 || !s.divisor_text.empty()) region["divided_by"] = {{"value", json_number(s.divisor)}, {"what", s.divisor_text}};
    }
    if (s.population) region["population"] = figure_json(project, *s.population, locations);
    Json set_aside = Json::array();
    for (const ResolvedFigure* other : s.set_aside) set_aside.push_back(figure_json(project, *other, locations));
    if (!set_aside.empty()) region["set_aside"] = set_aside;
    return region;
}

// Every name of the map's period a label may use instead of today's (subjects, places, countries, groups).
Json names_json(const Project& project, const MapSpec& spec, Locations locations) {
    Json names = Json::array();
    const PeriodNames period_names(project.geodata, spec.period, spec.naming);
    auto add_name = [&](const std::string& id, const std::string& modern) {
        const NameChoice choice = period_names.of(id, modern);
        if (!choice.alias) return;
        Json name{{"feature", id}, {"label", choice.name}, {"today", modern}, {"system", choice.alias->system},
                  {"in_use", choice.alias->in_use.human()}};
        if (locations == Locations::cited) name["gazetteer_row"] = relative(project, choice.alias->where);
        names.push_back(name);
    };
    for (const GeoFeature* f : project.geodata.in_effect(spec.period)) add_name(f->id, f->name_en);
    for (const FeatureGroup& g : project.geodata.groups) add_name(g.id, g.name_en);
    return names;
}

// The geodata the boundaries come from: the bundled lines and the atlas's own layers.
Json geodata_json(const Project& project, Locations locations) {
    Json layers = Json::array();
    for (const LayerInfo& layer : project.geodata.layers) {
        Json entry{{"title", layer.title}, {"bundled", layer.bundled}};
        if (!layer.bundled) {
            entry["file"] = relative(project, layer.file.string());
            if (locations == Locations::cited) entry["declared_at"] = relative(project, layer.where);
        }
        layers.push_back(entry);
    }
    return {{"title", project.geodata.layers.front().title}, {"version", project.geodata.version}, {"sha256", project.geodata_sha256}, {"layers", layers}};
}

Json provenance_document(const Project& project, const JoinedMap& joined, Locations locations) {
    const MapSpec& spec = *joined.spec;
    Json regions = Json::array();
    for (const Subject& s : joined.subjects) regions.push_back(region_json(project, joined, s, locations));
    Json sources = Json::array();
    for (const Source* source : joined.sources) sources.push_back(source_json(*source));
    Json notes{{"source_line", source_line(joined)}, {"period_notes", period_notes(joined)}, {"boundaries", boundaries_note(project, joined)}};
    if (const auto derived = derivation_notes(joined); !derived.empty()) notes["derivation_notes"] = derived;
    if (const auto footnotes = figure_footnotes(joined); !footnotes.empty()) notes["footnotes"] = footnotes;
    if (const std::string population = population_note(joined); !population.empty()) notes["population"] = population;
    if (!spec.credits.empty()) notes["credits"] = spec.credits;
    return {{"bordermap_version", config::version},
            {"map", map_json(project, joined, locations)},
            {"regions", regions},
            {"sources", sources},
            {"names", names_json(project, spec, locations)},
            {"notes", notes},
            {"geodata", geodata_json(project, locations)},
            {"style", {{"name", spec.style.name}, {"chosen_as", spec.style_name}, {"version", spec.style.version}, {"bordermap_version", config::version}}}};
}

}  // namespace

std::string provenance_json(const Project& project, const JoinedMap& joined) {
    return provenance_document(project, joined, Locations::cited).dump(2) + "\n";
}

ShownDigests shown_digests(const Project& project, const JoinedMap& joined) {
    const Json document = provenance_document(project, joined, Locations::left_out);
    return {Sha256().add("regions", document["regions"].dump()).add("sources", document["sources"].dump()).hex(),
            Sha256().add("names", document["names"].dump()).add("notes", document["notes"].dump()).hex()};
}

}  // namespace bordermap
