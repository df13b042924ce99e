#include "bordermap/model/project.hpp"

#include <algorithm>

#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

std::string nearest_of(const std::string& wanted, const std::vector<std::string>& candidates) {
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& c : candidates) ranked.emplace_back(edit_distance(name_key(wanted), name_key(c)), c);
    std::sort(ranked.begin(), ranked.end());
    std::string out;
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) out += (i ? ", '" : "'") + ranked[i].second + "'";
    return out;
}

std::string geodata_files_digest(const Project& project) {
    std::vector<std::filesystem::path> files = geodata_files(project.geodata.folder);
    for (const auto& layer : project.atlas.boundaries) files.push_back(layer.path);
    if (project.atlas.gazetteer) files.push_back(project.atlas.gazetteer->path);
    Sha256 sum;
    for (const auto& file : files) {
        if (!std::filesystem::exists(file)) continue;  // about.toml is optional
        sum.add(sha256_file(file));
    }
    // The atlas's own groups are geodata too: a member changed redraws the maps of the group.
    for (const GroupDeclaration& g : project.atlas.groups) {
        sum.add(g.id).add(g.name_en).add(g.name_zh).add(g.name_ko);
        for (const auto& name : g.members) sum.add("member", name);
        for (const auto& name : g.names) sum.add("name", name);
    }
    return sum.hex();
}

std::string value_words(const Figure& f) {
    const std::string mark = qualifier_mark(f.qualifier);
    return (mark.empty() ? "" : mark + " ") + format_number(*f.value, f.value_decimals);
}

// The figure a derivation's [name] refers to: the same indicator and period, in region `name`.
const ResolvedFigure& referenced_figure(const Project& project, const ResolvedFigure& derived, const std::string& name) {
    const Figure& f = *derived.figure;
    const Resolution region = project.gazetteer->resolve(name, f.where);
    for (const ResolvedFigure& r : project.resolved) {
        if (r.region.id == region.id && r.figure->indicator == f.indicator && r.figure->period == f.period && r.figure->value && &r != &derived) return r;
    }
    throw DataError(f.where, "the derivation refers to [" + name + "], but the table gives no figure of " + f.indicator + " for it in " + f.period.human(),
                    "Add that figure to the table, or write its number in the derivation instead of [" + name + "].", "bad_derivation");
}

Derived work_out(const Project& project, const ResolvedFigure& r) {
    const Derivation& d = *r.figure->derivation;
    Derived derived;
    std::vector<double> values;
    std::vector<std::string> texts;
    for (const std::string& name : d.references()) {
        const ResolvedFigure& referenced = referenced_figure(project, r, name);
        if (referenced.figure->derivation) {
            throw DataError(r.figure->where, "the derivation refers to [" + name + "], which is itself derived (" + referenced.figure->where + ")",
                            "Derive from the figures the document gives, not from other derived ones.", "bad_derivation");
        }
        values.push_back(*referenced.figure->value);
        texts.push_back(value_words(*referenced.figure));
        derived.rows.push_back(referenced.figure->where);
        derived.from_qualified = derived.from_qualified || referenced.figure->qualifier != Qualifier::exact;
    }
    try {
        derived.value = d.evaluate(values);
    } catch (const std::invalid_argument& e) {
        throw DataError(r.figure->where, std::string("the derivation ") + e.what(), "Correct the derivation.", "bad_derivation");
    }
    derived.in_words = d.in_words(texts);
    return derived;
}

void work_out_derivations(Project& project, std::vector<DataError>* bad_rows) {
    std::vector<const Figure*> failed;
    for (ResolvedFigure& r : project.resolved) try {
        if (r.figure->derivation) r.derived = work_out(project, r);
    } catch (const DataError& e) {
        if (!bad_rows) throw;
        bad_rows->push_back(e);
        failed.push_back(r.figure);
    }
    std::erase_if(project.resolved, [&](const ResolvedFigure& r) { return std::find(failed.begin(), failed.end(), r.figure) != failed.end(); });
}

// Where the user of this atlas adds a name the gazetteer does not know: its own names table.
std::string unknown_name_fix(const Atlas& atlas) {
    if (atlas.gazetteer) {
        return "Otherwise add it to " + std::filesystem::path(atlas.gazetteer->path).filename().string() +
               ", the atlas's names table (a row with the id it names and the name as written).";
    }
    return "Otherwise give the atlas a names table: gazetteer = \"names.csv\" under [atlas], with columns id and name "
           "(the id of the feature it names, the name as written).";
}

// The atlas's [[group]]s, added to the geodata's groups: members are resolved by any name the
// gazetteer knows (a group among them stands for its own members).
void add_atlas_groups(Project& project) {
    if (project.atlas.groups.empty()) return;
    const Gazetteer names(project.geodata, unknown_name_fix(project.atlas));
    std::vector<FeatureGroup> added;
    for (const GroupDeclaration& declared : project.atlas.groups) {
        if (project.geodata.find(declared.id) || project.geodata.find_group(declared.id) ||
            std::any_of(added.begin(), added.end(), [&](const FeatureGroup& g) { return g.id == declared.id; })) {
            throw DataError(declared.where, "the group id '" + declared.id + "' is already the id of a feature or group",
                            "Give the group an id of its own, e.g. \"" + declared.id + "-group\".");
        }
        FeatureGroup group{declared.id, {}, declared.name_en, declared.name_zh, declared.name_ko};
        for (const std::string& member : declared.members)
            for (const std::string& id : names.resolve(member, declared.where).features)
                if (std::find(group.members.begin(), group.members.end(), id) == group.members.end()) group.members.push_back(id);
        added.push_back(std::move(group));
    }
    for (std::size_t i = 0; i < added.size(); ++i) {
        project.geodata.groups.push_back(added[i]);
        for (const std::string& name : project.atlas.groups[i].names)
            project.geodata.aliases.push_back({project.atlas.groups[i].where, added[i].id, name, "atlas", "", {}, false});
    }
}

// The regions of relations between regions must be known; a whole without parts named takes a
// group's members.
void resolve_relation_regions(Project& project, std::vector<DataError>* bad_rows) {
    std::vector<std::string> failed;  // left out: `check` reports them, nothing tests them
    for (Relation& relation : project.atlas.relations) try {
        if (!relation.between_regions()) continue;
        const Resolution whole = project.gazetteer->resolve(relation.whole_region, relation.where);
        for (const auto& part : relation.part_regions) (void)project.gazetteer->resolve(part, relation.where);
        if (relation.part_regions.empty()) {
            const FeatureGroup* group = project.geodata.find_group(whole.id);
            if (!group) {
                throw DataError(relation.where, "the relation's whole_region '" + relation.whole_region + "' is no group, and part_regions is not given",
                                "Name its parts: part_regions = [\"...\", \"...\"].");
            }
            relation.part_regions = group->members;
        }
    } catch (const DataError& e) {
        if (!bad_rows) throw;
        bad_rows->push_back(e);
        failed.push_back(relation.where);
    }
    std::erase_if(project.atlas.relations, [&](const Relation& r) { return std::find(failed.begin(), failed.end(), r.where) != failed.end(); });
}

}  // namespace

std::unique_ptr<Project> load_project(Atlas atlas, std::vector<DataError>* bad_rows) {
    auto project = std::make_unique<Project>();
    project->atlas = std::move(atlas);
    const Atlas& a = project->atlas;
    project->figures = parse_figures(read_table(a.figures.path.string(), a.figures.layer), bad_rows);
    project->sources = parse_sources(read_table(a.sources.path.string(), a.sources.layer), bad_rows);
    project->geodata = load_geodata(a.geodata);
    for (const UserLayer& layer : a.boundaries) add_user_layer(project->geodata, layer);
    if (a.gazetteer) add_user_names(project->geodata, a.gazetteer->path, a.gazetteer->layer);
    add_atlas_groups(*project);
    project->gazetteer = std::make_unique<Gazetteer>(project->geodata, unknown_name_fix(project->atlas));
    project->geodata_sha256 = geodata_files_digest(*project);
    resolve_relation_regions(*project, bad_rows);

    if (a.indicators_from_figures) {
        for (const Figure& figure : project->figures) project->atlas.indicators.emplace(figure.indicator, Indicator{figure.indicator, figure.indicator, ""});
    }
    std::vector<std::string> indicator_ids, source_ids;
    for (const auto& [id, _] : a.indicators) indicator_ids.push_back(id);
    for (const auto& s : project->sources) source_ids.push_back(s.id);

    for (const MapSpec& map : a.maps) {
        for (const auto& id : map.prefer_source) {
            if (std::find(source_ids.begin(), source_ids.end(), id) == source_ids.end()) {
                throw DataError(map.where, "the map '" + map.id + "' prefers the source '" + id + "', which is not in " + a.sources.path.string(),
                                "Use one of: " + nearest_of(id, source_ids) + ".");
            }
        }
    }

    for (const Figure& figure : project->figures) try {
        if (!a.indicators.count(figure.indicator)) {
            throw DataError(figure.where, "the indicator '" + figure.indicator + "' is not declared in " + a.file.string(),
                            "Declare it under [indicators] or correct it; known: " + nearest_of(figure.indicator, indicator_ids) + ".",
                            "unknown_indicator");
        }
        const auto source = std::find_if(project->sources.begin(), project->sources.end(),
                                         [&](const Source& s) { return s.id == figure.source; });
        if (source == project->sources.end()) {
            throw DataError(figure.where, "the source '" + figure.source + "' is not in " + a.sources.path.string(),
                            "Add it to the sources table, or use one of: " + nearest_of(figure.source, source_ids) + ".",
                            "unknown_source");
        }
        project->resolved.push_back({&figure, project->gazetteer->resolve(figure.region, figure.where), &*source, std::nullopt});
    } catch (const DataError& e) {
        if (!bad_rows) throw;
        bad_rows->push_back(e);
    }
    work_out_derivations(*project, bad_rows);
    return project;
}

}  // namespace bordermap
