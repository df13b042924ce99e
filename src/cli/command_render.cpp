#include <cctype>
#include <map>
#include <iostream>
#include <string_view>
#include <utility>

#include "bordermap/core/bundled.hpp"
#include "bordermap/data/table.hpp"
#include "bordermap/model/atlas.hpp"
#include "bordermap/model/map_checks.hpp"
#include "bordermap/atlas/build.hpp"
#include "bordermap/model/project.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/projection.hpp"
#include "command.hpp"
#include "options.hpp"

namespace bordermap::cli {
namespace {

// One map from options: the same pipeline as `build`, with the atlas made from the command line.
class RenderCommand : public Command {
public:
    Options setup(CommandLine& line) override {
        Options options = line.subcommand("render", "Draw one map from options, without an atlas file");
        options.required("--figures", figures_, "Figures table (CSV, XLSX, ODS, GeoPackage ...)")
            .required("--sources", sources_, "Sources table")
            .required("--indicator", map_.indicator, "Indicator to map, as written in the figures table")
            .required("--period", period_, "Period of the map: 1961, 1961-01/1962-03 ...")
            .text("--label", label_, "Human label of the indicator (default: the indicator)")
            .text("--unit", unit_, "Unit of the indicator, e.g. people")
            .text("--id", map_.id, "Output file name without extension (default: derived from indicator and period)")
            .text("--title", map_.title, "Map title")
            .text("--subtitle", map_.subtitle, "Map subtitle")
            .repeated("--region", map_.regions, "Show this region even without a figure (repeatable)")
            .choice("--period-rule", rule_, "Which figures belong: overlapping or within", period_rule_names.words())
            .choice("--method", method_, "Classes: quantile, equal_interval, natural_breaks (also jenks), manual or unclassed",
                    class_method_names.words())
            .number("--classes", map_.classes, "Number of classes (1-9)", 1, 9)
            .numbers("--breaks", map_.breaks, "Manual class breaks")
            .text_with_default("--palette", map_.palette,
                               "Colour scheme: any ColorBrewer name (YlOrRd, Blues, RdBu, Set2 ...) or viridis, magma, inferno, plasma, "
                               "cividis; a leading '-' reverses it")
            .text("--projection", map_.projection, "PROJ definition of the map projection")
            .numbers("--extent", extent_, "West,south,east,north in degrees", 4)
            .number("--width-mm", map_.width_mm, "Page width in millimetres", 20.0, 2000.0)
            .number("--height-mm", map_.height_mm, "Page height in millimetres", 20.0, 2000.0)
            .number("--dpi", map_.dpi, "PNG resolution", 10.0, 2400.0)
            .word_list("--format", formats_, "Formats: pdf, svg, png, geojson (repeatable)", map_format_names.words())
            .text("--geodata", geodata_, "Geodata folder (default: the bundled one)")
            .text("--names", names_, "The atlas's own names table (id, name, and optionally system, kind, from, to)")
            .repeated("--boundaries", boundaries_, "A boundary layer of your own, any file GDAL reads (repeatable)")
            .text_with_default("--boundaries-id-field", boundary_layer_.id_field, "The field of --boundaries layers holding each feature's id")
            .text_with_default("--boundaries-name-field", boundary_layer_.name_field, "The field of --boundaries layers holding each feature's name")
            .text("--boundaries-years", boundary_years_, "Years the --boundaries lines hold for: 1955/1969 (default: always)")
            .text("--name-systems", name_systems_, "Name systems labels may use, best first, comma-separated (default: pinyin,en)")
            .flag("--modern-names", modern_names_, "Label with today's names, not those of the map's period")
            .repeated("--place", map_.places, "Show this town as a reference place, a dot and a name (repeatable)")
            .flag("--footnotes", footnotes_, "Print the notes of the figures shown as numbered footnotes");
        add_style_options(options, style_);
        options.text_with_default("-o,--output", output_, "Output folder").footer(exit_status_line);
        return options;
    }

    int run() override {
        Atlas atlas = atlas_from_options();
        MapSpec map = map_from_options();
        complete_map(map, atlas, MapOrigin{option_of}, LookChoice{style_, "publication", "--style", {}});
        atlas.maps.push_back(std::move(map));

        // Rows the map does not use need not stop it: a bad row of another indicator is left out
        // with a warning, as `check` would list it; one of this map's indicator stops it.
        std::vector<DataError> bad_rows;
        const std::string indicator = atlas.maps.front().indicator;
        const auto project = load_project(std::move(atlas), &bad_rows);
        stop_on_rows_of(indicator, bad_rows);
        BuildOptions options;
        options.gis = {GisOutput::geojson, GisOutput::qml, GisOutput::sld, GisOutput::provenance};  // one map: its layer, styles and provenance, no atlas-wide files
        options.gallery = false;
        BuildObserver observer;
        observer.wrote = [](const std::string&, const std::filesystem::path& written, const Why&) {
            std::cout << "  wrote " << written.string() << "\n";
        };
        const auto result = build_atlas(*project, output_, options, observer);
        std::cout << "bordermap: " << result.written.size() << " files in "
                  << std::filesystem::absolute(output_).lexically_normal().string() << "\n";
        return 0;
    }

private:
    void stop_on_rows_of(const std::string& indicator, const std::vector<DataError>& bad_rows) const {
        if (bad_rows.empty()) return;
        std::map<std::string, std::string> indicator_of_row;  // a figures row's place -> its indicator cell
        const Table table = read_table(figures_);
        const auto column = table.column("indicator");
        for (const auto& row : table.rows) indicator_of_row[row.where] = column && *column < row.cells.size() ? row.cells[*column] : "";
        std::vector<const DataError*> fatal;
        for (const DataError& e : bad_rows) {
            const auto found = indicator_of_row.find(e.where());
            if (found != indicator_of_row.end() && !found->second.empty() && found->second != indicator) {
                std::cerr << "bordermap: warning: left out " << e.where() << " (" << found->second << ", not on this map): " << e.problem() << "\n";
            } else {
                fatal.push_back(&e);
            }
        }
        if (fatal.empty()) return;
        DataError first = *fatal.front();
        if (fatal.size() == 1) throw first;
        throw DataError(first.where(), first.problem() + " (and " + std::to_string(fatal.size() - 1) + " more: `bordermap check` lists them all)",
                        first.fix(), first.code());
    }

    Atlas atlas_from_options() const {
        Atlas atlas;
        atlas.file = "(command line)";
        atlas.folder = ".";
        atlas.figures = {figures_, {}};
        atlas.sources = {sources_, {}};
        atlas.geodata = geodata_.empty() ? bundled_path("geodata") : std::filesystem::path(geodata_);
        atlas.indicators[map_.indicator] = {map_.indicator, label_.empty() ? map_.indicator : label_, unit_};
        atlas.indicators_from_figures = true;
        if (!names_.empty()) atlas.gazetteer = TableRef{names_, {}};
        Validity years;
        if (!boundary_years_.empty()) try {
            const auto slash = boundary_years_.find('/');
            years = Validity::parse(boundary_years_.substr(0, slash), slash == std::string::npos ? "" : boundary_years_.substr(slash + 1));
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--boundaries-years: ") + e.what() + " (write FROM/TO, e.g. 1955/1969, either end may be left out)");
        }
        for (const auto& file : boundaries_) {
            UserLayer layer = boundary_layer_;
            layer.valid = years;
            layer.where = "--boundaries " + file;
            layer.path = file;
            layer.title = std::filesystem::path(file).stem().string();
            atlas.boundaries.push_back(std::move(layer));
        }
        return atlas;
    }

    // The map as the options give it, with the mistakes only the command line can make as usage
    // errors; complete_map checks the rest as it checks an atlas's maps.
    MapSpec map_from_options() const {
        MapSpec map = map_;
        map.where = "the command line";
        try {
            map.period = Period::parse(period_);
        } catch (const std::invalid_argument& e) {
            throw UsageError(std::string("--period: ") + e.what());
        }
        map.rule = period_rule_names.parse(rule_).value_or(PeriodRule::overlapping);
        map.method = class_method_names.parse(method_).value_or(ClassMethod::quantile);
        if (!formats_.empty()) {
            map.formats.clear();
            for (const auto& format : formats_) map.formats.push_back(*map_format_names.parse(format));  // checked by the option
        }
        if (map.method == ClassMethod::manual && map.breaks.empty()) throw UsageError("--method manual needs --breaks");
        if (!extent_.empty()) {
            if (extent_[0] >= extent_[2] || extent_[1] >= extent_[3]) throw UsageError("--extent is west,south,east,north");
            map.extent = Box{extent_[0], extent_[1], extent_[2], extent_[3]};
        }
        if (modern_names_) map.naming.policy = Naming::Policy::modern;
        if (!name_systems_.empty()) {
            map.naming.systems.clear();
            for (const auto& system : split(name_systems_, ','))
                if (!trim(system).empty()) map.naming.systems.push_back(trim(system));  // "postal," names one system
            if (map.naming.systems.empty()) throw UsageError("--name-systems names no system; write e.g. --name-systems postal,pinyin");
        }
        map.footnotes_all = footnotes_;
        if (map.id.empty()) map.id = file_safe(map.indicator + "-" + period_);
        return map;
    }

    // "Crossings-1961-01/1962-03" -> "crossings-1961-01-1962-03".
    static std::string file_safe(std::string id) {
        for (char& c : id) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) c = '-';
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return id;
    }

    // The option a map setting is given with, named in complete_map's errors.
    static std::string option_of(std::string_view key) {
        static constexpr std::pair<std::string_view, std::string_view> options[] = {
            {"id", "--id"}, {"indicator", "--indicator"}, {"period", "--period"}, {"palette", "--palette"}, {"classes", "--classes"}, {"style", "--style"}};
        for (const auto& [setting, option] : options) {
            if (setting == key) return std::string(option);
        }
        return {};
    }

    std::string figures_, sources_, period_, label_, unit_, rule_ = "overlapping", method_ = "quantile", geodata_;
    std::string output_ = "out";
    std::string names_, boundary_years_, name_systems_;
    std::vector<std::string> boundaries_;
    UserLayer boundary_layer_;
    bool modern_names_ = false, footnotes_ = false;
    std::vector<double> extent_;
    std::vector<std::string> formats_;
    MapSpec map_;
    StyleChoice style_;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace bordermap::cli
