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
public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("export", "Write an atlas's GIS layers (GeoJSON with QGIS and SLD styles, GeoPackage)");
        add_atlas_argument(options, atlas_);
        add_output_option(options, output_);
        options.text("--map", map_, "Only this map (by id; a small multiples or series id: all its maps)")
            .word_list("--format", formats_, "Any of geojson, qml, sld, figures, gpkg, provenance (default: all)", gis_output_names.words())
            .flag("-q,--quiet", quiet_, "Print only the summary line");
        add_style_options(options, style_);
        options.footer(exit_status_line);
        return options;
    }

    int run() override {
        const auto project = load_project(load_atlas(atlas_or_example(atlas_), style_));
        const auto output = output_or_default(output_, project->atlas.folder);
        BuildOptions options;
        options.draw = false;
        options.only_map = map_;
        if (!formats_.empty()) {
            options.gis.clear();
            for (const auto& format : formats_) options.gis.insert(*gis_output_names.parse(format));  // checked by the option
        }
        BuildObserver observer;
        observer.wrote = [&](const std::string&, const std::filesystem::path& written, const Why&) {
            if (!quiet_) std::cout << "  wrote " << written.string() << "\n";
        };
        const auto result = build_atlas(*project, output, options, observer);
        std::cout << "bordermap: GIS layers of " << result.maps << " maps, " << result.written.size() << " files in "
                  << std::filesystem::absolute(output).lexically_normal().string() << "\n";
        return 0;
    }

private:
    std::string atlas_, output_, map_;
    std::vector<std::string> formats_;
    bool quiet_ = false;
    StyleChoice style_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace bordermap::cli
