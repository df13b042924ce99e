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
    CLI::App* setup(CLI::App& parent) override {
        CLI::App* app = parent.add_subcommand("export", "Write an atlas's GIS layers (GeoJSON with QGIS and SLD styles, GeoPackage)");
        add_atlas_argument(app, atlas_);
        add_output_option(app, output_);
        app->add_option("--map", map_, "Only this map (by id; a small multiples or series id: all its maps)");
        app->add_option("--format", formats_, "Any of geojson, qml, sld, figures, gpkg, provenance (default: all)")
            ->delimiter(',')
            ->check(CLI::IsMember(gis_output_names.words()));
        app->add_flag("-q,--quiet", quiet_, "Print only the summary line");
        add_style_options(app, style_);
        app->footer(exit_status_line);
        return app;
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
