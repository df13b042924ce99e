#pragma once
// One map as an atlas declares it, after [defaults] and the expansion of panels and series.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bordermap/colour/palette.hpp"
#include "bordermap/core/names_of.hpp"
#include "bordermap/data/period.hpp"
#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/names.hpp"
#include "bordermap/model/style.hpp"

namespace bordermap {

struct Indicator {
    std::string id;     // slug used in the figures table
    std::string label;  // "People crossing into North Korea"
    std::string unit;   // "people"
};

enum class PeriodRule { overlapping, within };
inline constexpr auto period_rule_names = names_of<PeriodRule>({{"overlapping", PeriodRule::overlapping}, {"within", PeriodRule::within}});

// How values are put into classes: natural_breaks is Fisher's exact optimum (the least sum of
// squared deviations from the class means); unclassed gives each value its own colour on a ramp.
enum class ClassMethod { quantile, equal_interval, natural_breaks, manual, unclassed };
inline constexpr auto class_method_names = names_of<ClassMethod>({{"quantile", ClassMethod::quantile},
                                                                  {"equal_interval", ClassMethod::equal_interval},
                                                                  {"natural_breaks", ClassMethod::natural_breaks},
                                                                  {"manual", ClassMethod::manual},
                                                                  {"unclassed", ClassMethod::unclassed},
                                                                  {"quantiles", ClassMethod::quantile},
                                                                  {"jenks", ClassMethod::natural_breaks},
                                                                  {"fisher_jenks", ClassMethod::natural_breaks}});

// What a map divides each figure by before classing it, so that unequal spans and sizes compare.
struct Normalization {
    enum class Kind { none, per_month, per_year, per_population } kind = Kind::none;
    std::string population;  // per_population: the indicator holding the population figures
    double per = 1000;       // per_population: rate per this many people
};
inline constexpr auto normalization_names = names_of<Normalization::Kind>({{"none", Normalization::Kind::none},
                                                                          {"per_month", Normalization::Kind::per_month},
                                                                          {"per_year", Normalization::Kind::per_year},
                                                                          {"per_population", Normalization::Kind::per_population}});

// The files a map is drawn and exported as.
enum class MapFormat { pdf, svg, png, geojson };
inline constexpr auto map_format_names =
    names_of<MapFormat>({{"pdf", MapFormat::pdf}, {"svg", MapFormat::svg}, {"png", MapFormat::png}, {"geojson", MapFormat::geojson}});

// Where the legend sits in the frame: a corner, or the one hiding the least of the subjects.
enum class LegendPosition { automatic, top_left, top_right, bottom_left, bottom_right };
inline constexpr auto legend_position_names = names_of<LegendPosition>({{"auto", LegendPosition::automatic},
                                                                        {"top-left", LegendPosition::top_left},
                                                                        {"top-right", LegendPosition::top_right},
                                                                        {"bottom-left", LegendPosition::bottom_left},
                                                                        {"bottom-right", LegendPosition::bottom_right}});

inline constexpr auto naming_policy_names = names_of<Naming::Policy>({{"period", Naming::Policy::of_period}, {"modern", Naming::Policy::modern}});

struct TableRef {
    std::filesystem::path path;
    std::string layer;  // sheet or layer; empty: the first
};

// One panel of small multiples as the atlas declares it.
struct PanelSpec {
    std::string where;
    std::string id;                 // default: the indicator's; needed when an indicator repeats
    std::string indicator;
    std::string title;              // default: the indicator's label
    std::optional<Period> period;   // default: the map's
};

// A series as the atlas declares it: one map of its own per value of one key.
struct SeriesSpec {
    enum class Key { period, indicator, region } key = Key::period;
    std::string where;  // the `series` line
    struct Value {
        std::string text;   // as written: "1961", "crossed_to_dprk", "Northeast China"
        std::string where;  // its line
    };
    std::vector<Value> values;
};
inline constexpr auto series_key_names = names_of<SeriesSpec::Key>(
    {{"period", SeriesSpec::Key::period}, {"indicator", SeriesSpec::Key::indicator}, {"region", SeriesSpec::Key::region}});

struct MapSpec {
    std::string where;  // "atlas.toml:42", where the map is declared
    std::string id;     // file-name-safe: [a-z0-9_-]
    std::string title, subtitle;
    std::string credits;  // the footer's last line: who made the map ("Map: ..., 2026")
    std::string indicator;
    Period period = Period::parse("1900");
    PeriodRule rule = PeriodRule::overlapping;
    ClassMethod method = ClassMethod::quantile;
    int classes = 5;
    std::vector<double> breaks;  // manual: the upper bounds between classes
    std::string palette = default_palette;
    std::string projection;      // PROJ definition; empty: chosen for the map's area (choose_projection)
    std::optional<Box> extent;   // lon/lat; default: the subjects' bounds, padded
    std::vector<std::string> regions;  // extra regions to show even without a figure
    // Reference places to show (a dot and a name, never "no data"), whatever room the labels leave.
    std::vector<std::string> places;
    // Figures whose `note` the map prints as numbered footnotes: all it shows, or those of the
    // regions named (footnotes = true, or footnotes = ["Jilin"]).
    bool footnotes_all = false;
    std::vector<std::string> footnote_regions;
    double width_mm = 175, height_mm = 150, dpi = 300;
    std::vector<MapFormat> formats{MapFormat::pdf, MapFormat::svg, MapFormat::png, MapFormat::geojson};
    LegendPosition legend_position = LegendPosition::automatic;
    // Proportional circles: the value drawn with the style's largest circle (symbols.circle_max_mm).
    // Unset: the largest value of the maps classed together. Set alike in separate maps, their
    // circles compare too.
    std::optional<double> circle_reference;
    bool has(MapFormat format) const;
    Naming naming;                         // which names label the map: those of its period, or today's
    Normalization normalization;
    // When two sources give different figures for a region in the map's period, the map shows the
    // one from the source that comes first here; the other is set aside and named in the provenance.
    std::vector<std::string> prefer_source;
    // Small multiples: a [[map]] with panels becomes one MapSpec per panel (id "<map>-<indicator>"),
    // each with `multiple` = the map's id; the build draws them as one figure sharing one
    // classification and legend, and writes each panel's GIS layers and provenance.
    std::vector<PanelSpec> panels;     // as declared; emptied in the expanded specs
    std::string multiple;              // the figure this is a panel of ("" for a map of its own)
    std::string panel_title;
    std::string multiple_title, multiple_subtitle;
    Period multiple_period = Period::parse("1900");  // the page's: a panel of another period says so
    // SHA-256 of the atlas.toml text the map's settings come from: [atlas], [defaults] and its own
    // [[map]] table (formatted by the TOML reader, so comments and blank lines do not count).
    std::string settings_digest;
    // A series: a [[map]] with series = { period | indicator | region = [...] } becomes one MapSpec
    // per value (id "<map>-<slug(value)>"), each its own figure with its own files.
    std::optional<SeriesSpec> series_spec;  // as declared; reset in the expanded specs
    bool shared_classes = false;            // as declared: the members are classed together
    std::string series;                     // the [[map]] id this is a member of ("" otherwise)
    // The maps classified together, so that a colour means the same number in each: the series id
    // when shared_classes is true, the small multiples id for panels, "" for a map classed alone.
    std::string class_group;
    // A region series member shows only the figures of these regions (or groups), as written;
    // resolved by join_map through the gazetteer. Empty: every region with a figure.
    std::vector<std::string> only_regions;
    std::string style_name;  // as the atlas or command line chose it ("publication", a file)
    Style style;             // that style with the atlas's [style] and the command line's settings applied
};

}  // namespace bordermap
