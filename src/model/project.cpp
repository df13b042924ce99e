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
    std::vector<std::filesystem::path> files;
    for (const char* name : {"countries.geojson", "admin1.geojson", "rivers.geojson", "places.geojson", "groups.csv", "gazetteer.csv", "about.toml"})
        files.push_back(project.geodata.folder / name);
    for (const auto& layer : project.atlas.boundaries) files.push_back(layer.path);
    if (project.atlas.gazetteer) files.push_back(project.atlas.gazetteer->path);
    Sha256 sum;
    for (const auto& file : files) {
        if (!std::filesystem::exists(file)) continue;  // about.toml is optional
        sum.add(sha256_file(file));
    }
    return sum.hex();
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
    project->gazetteer = std::make_unique<Gazetteer>(project->geodata);
    project->geodata_sha256 = geodata_files_digest(*project);

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
        project->resolved.push_back({&figure, project->gazetteer->resolve(figure.region, figure.where), &*source});
    } catch (const DataError& e) {
        if (!bad_rows) throw;
        bad_rows->push_back(e);
    }
    return project;
}

}  // namespace bordermap
