#include "bordermap/atlas/build.hpp"

#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/export/map_layer.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/render/figure_output.hpp"
#include "bordermap/render/map_model.hpp"

namespace bordermap {
namespace {

struct PreparedMap {
    const MapSpec* spec;
    JoinedMap joined;
    MapClasses classes;
    MapModel model;
};

}  // namespace

BuildResult build_atlas(const Project& project, const std::filesystem::path& output_folder,
                        const std::function<void(const std::filesystem::path&)>& progress) {
    std::vector<PreparedMap> prepared;
    for (const MapSpec& spec : project.atlas.maps) {
        JoinedMap joined = join_map(project, spec);
        MapClasses classes = classify_map(joined);
        MapModel model = compose_map(project, joined, classes);
        prepared.push_back({&spec, std::move(joined), std::move(classes), std::move(model)});
    }

    ensure_folder(output_folder);
    BuildResult result;
    for (const PreparedMap& map : prepared) {
        for (const std::string& format : map.spec->formats) {
            const std::filesystem::path path = output_folder / (map.spec->id + "." + format);
            if (format == "geojson") write_geojson(path, map_layer(map.joined, map.classes));
            else if (format == "pdf") write_figure(map.model, FigureFormat::pdf, path, map.spec->dpi);
            else if (format == "svg") write_figure(map.model, FigureFormat::svg, path, map.spec->dpi);
            else if (format == "png") write_figure(map.model, FigureFormat::png, path, map.spec->dpi);
            result.written.push_back(path);
            if (progress) progress(path);
        }
        ++result.maps;
    }
    return result;
}

std::vector<std::string> check_atlas(const Project& project) {
    std::vector<std::string> lines;
    for (const MapSpec& spec : project.atlas.maps) {
        const JoinedMap joined = join_map(project, spec);
        const MapClasses classes = classify_map(joined);
        std::string shown;
        for (const auto& s : joined.subjects) {
            shown += (shown.empty() ? "" : ", ") + s.feature->name_en + " " + value_text(s);
        }
        lines.push_back(spec.id + ": " + joined.indicator->label + ", " + spec.period.human() + " — " + shown + " (" +
                        std::to_string(classes.classification.size()) + " classes)");
    }
    return lines;
}

}  // namespace bordermap
