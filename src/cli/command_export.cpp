#include <iostream>

#include "bordermap/model/atlas.hpp"
#include "bordermap/atlas/build.hpp"
#include "bordermap/model/project.hpp"
#include "command.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

// GIS layers only: the same join and classes as the printed maps, without drawing them.
class ExportCommand : public Command {
    AtlasBuildOptions atlas_;
    std::string map_;
    std::vector<std::string> formats_;
    bool quiet_ = false;

public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("export", "Write an atlas's GIS layers (GeoJSON with QGIS and SLD styles, GeoPackage)");
        atlas_.declare(options);
        options.text("--map", map_, "Only this map (by id; a small multiples or series id: all its maps)")
            .word_list("--format", formats_, "Any of geojson, qml, sld, figures, gpkg, provenance (default: all)", gis_output_names.words())
            .flag("-q,--quiet", quiet_, "Print only the summary line");
        options.footer(exit_status_line);
        return options;
    }

    int run() override {
        const auto project = atlas_.load();
        BuildOptions options{.draw = false, .only_map = map_};
        if (!formats_.empty()) {
            options.gis.clear();
            for (const auto& format : formats_) options.gis.insert(*gis_output_names.parse(format));  // checked by the option
        }
        BuildObserver observer;
        observer.wrote = [&](const std::string&, const std::filesystem::path& written, const Why&) {
            if (!quiet_) std::cout << "  wrote " << written.string() << "\n";
        };
        const auto output = atlas_.output_folder(project->atlas.folder);
        const auto result = build_atlas(*project, output, options, observer);
        std::cout << "bordermap: GIS layers of " << result.maps << " maps, " << result.written.size() << " files in "
                  << std::filesystem::absolute(output).lexically_normal().string() << "\n";
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace bordermap::cli
