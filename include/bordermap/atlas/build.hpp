#pragma once
// The main job: every map of an atlas as figures (PDF/SVG/PNG) and GIS layers.
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "bordermap/atlas/manifest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/names_of.hpp"
#include "bordermap/map/map_warnings.hpp"
#include "bordermap/model/project.hpp"
#include "bordermap/render/map_model.hpp"

namespace bordermap {

// The GIS outputs a build may write: "geojson" (per map, where its formats include it), "qml" and
// "sld" (beside each GeoJSON), "figures" (figures_*.geojson, long form), "gpkg" (atlas.gpkg with
// every layer), "provenance" (<id>.provenance.json: what each map shows and where it comes from).
enum class GisOutput { geojson, qml, sld, figures, gpkg, provenance };
inline constexpr auto gis_output_names = names_of<GisOutput>({{"geojson", GisOutput::geojson},
                                                              {"qml", GisOutput::qml},
                                                              {"sld", GisOutput::sld},
                                                              {"figures", GisOutput::figures},
                                                              {"gpkg", GisOutput::gpkg},
                                                              {"provenance", GisOutput::provenance}});

struct BuildOptions {
    bool draw = true;  // the maps' PDF/SVG/PNG, as each map's formats say
    std::set<GisOutput> gis{GisOutput::geojson, GisOutput::qml, GisOutput::sld, GisOutput::figures, GisOutput::gpkg, GisOutput::provenance};
    std::string only_map;  // a map, small multiples or series id; empty: every map
    // Keep a record (.bordermap-manifest.json) in the output folder and write only the outputs
    // whose inputs changed; remove the outputs of maps that left the atlas; write index.html.
    // A folder that is not empty and has no record is refused unless `force`.
    bool incremental = false;
    bool force = false;  // write every output, whatever the record says
    unsigned jobs = 1;   // maps drawn at once; 0: one per core
    bool gallery = true; // index.html, when every map of the atlas is drawn
};

// Told what the build does, one call at a time (the build serializes them across its threads).
struct BuildObserver {
    // The pages to compose (every drawing is composed before any file is written), then the steps
    // writing files: one per page with files to write, one per atlas-wide file.
    std::function<void(std::size_t to_compose, std::size_t to_write, std::size_t maps)> planned;
    std::function<void(const std::string& map)> composed;
    std::function<void(const std::string& step)> started;  // a map's id, or an atlas-wide file's name
    std::function<void(const std::string& step, const std::filesystem::path& file, const Why& why)> wrote;
    std::function<void(const std::string& step)> finished;
    std::function<void(const std::filesystem::path& file)> up_to_date;
    std::function<void(const std::filesystem::path& file, const std::string& why)> removed;
    // An output of a map that left the atlas, kept because someone changed it since it was written.
    std::function<void(const std::filesystem::path& file, const std::string& why)> left_alone;
    // What a map's colours would misstate (the warnings `check` gives), before anything is drawn.
    std::function<void(const MapWarning& warning)> warned;
    // A label a drawing leaves out (no room), once the page is composed.
    std::function<void(const std::string& page, const DroppedLabel& label)> dropped_label;
};

struct BuildResult {
    std::vector<std::filesystem::path> written, up_to_date, removed;
    int maps = 0;  // a small multiples figure counts once
    std::size_t files() const { return written.size() + up_to_date.size(); }
};

// Checks and composes every map first, so that a data error leaves no output at all (and, when
// incremental, the previous outputs untouched); then writes each file atomically, maps on
// `options.jobs` threads. The same inputs give the same bytes, however many threads.
BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder, const BuildOptions& options = {},
                        const BuildObserver& observer = {});

// What build_atlas would refuse before writing a file, every problem rather than the first:
// exact figures that break a relation, two outputs of one name, a page its maps do not fit (each
// page laid out as the build lays it out, not drawn). `check` reports them, so that it accepts
// exactly what a build draws.
std::vector<DataError> build_refusals(const Project& project);

}  // namespace bordermap
