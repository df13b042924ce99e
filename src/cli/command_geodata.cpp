#include <iostream>

#include "bordermap/core/bundled.hpp"
#include "bordermap/model/atlas.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/geodata_build.hpp"
#include "command.hpp"

namespace bordermap::cli {
namespace {

class GeodataCommand : public Command {
    std::string natural_earth_ = debian_natural_earth, tables_, output_;

public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("geodata", "Rebuild the geodata extract from Natural Earth (qgis-common's world_map.gpkg)");
        options.text_with_default("--natural-earth", natural_earth_, "Natural Earth GeoPackage")
            .text("--tables", tables_, "Folder with sources/*.csv and places.csv (default: the bundled geodata)")
            .text("-o,--output", output_, "Output folder (default: the bundled geodata folder)");
        return options;
    }

    int run() override {
        const auto tables = tables_.empty() ? bundled_path("geodata") : std::filesystem::path(tables_);
        const auto output = output_.empty() ? bundled_path("geodata") : std::filesystem::path(output_);
        const auto summary = build_geodata(natural_earth_, tables, output);
        std::cout << "bordermap: geodata in " << output.string() << ": " << summary.countries << " countries, " << summary.admin1
                  << " first-level units, " << summary.rivers << " rivers (Yalu " << format_number(summary.yalu_km, 0)
                  << " km, Tumen " << format_number(summary.tumen_km, 0) << " km), " << summary.places << " places\n";
        return 0;
    }
};

}  // namespace

std::unique_ptr<Command> make_geodata_command() { return std::make_unique<GeodataCommand>(); }

}  // namespace bordermap::cli
