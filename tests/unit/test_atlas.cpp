// atlas/atlas.hpp: atlas.toml files, and errors that name the file and line.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bordermap/model/atlas.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/geo/projection.hpp"
#include "atlas_text.hpp"
#include "test_support.hpp"

using bordermap::Atlas;
using bordermap::ClassMethod;
using bordermap::DataError;
using bordermap::LegendPosition;
using bordermap::MapFormat;
using bordermap::MapSpec;
using bordermap::Period;
using bordermap::PeriodRule;
using bordermap::test::atlas_line;
using bordermap::test::atlas_text_error;
using bordermap::test::contains;
using bordermap::test::load_atlas_text;
using bordermap::test::TempDir;
using bordermap::test::write_file;

namespace {


// Lines 1-7: the [atlas] and [indicators] sections every test below shares.
const std::string header =
    "[atlas]\n"                                                         // 1
    "title = \"Test atlas\"\n"                                          // 2
    "figures = \"data/figures.csv\"\n"                                  // 3
    "sources = \"sources.csv\"\n"                                       // 4
    "[indicators]\n"                                                    // 5
    "crossed = { label = \"Crossers\", unit = \"people\" }\n"           // 6
    "bodies = { label = \"Bodies found\" }\n";                          // 7


}  // namespace

// ---------------------------------------------------------------- a valid atlas

TEST(Atlas, LoadsAValidAtlas) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header +
                                      "[[map]]\n"                     // 8
                                      "id = \"crossings-1961\"\n"     // 9
                                      "indicator = \"crossed\"\n"     // 10
                                      "period = \"1961\"\n");         // 11
    EXPECT_EQ(atlas.title, "Test atlas");
    EXPECT_EQ(atlas.file, dir / "atlas.toml");
    EXPECT_EQ(atlas.folder, dir.path());
    ASSERT_EQ(atlas.maps.size(), 1u);
    const MapSpec& map = atlas.maps[0];
    EXPECT_EQ(map.id, "crossings-1961");
    EXPECT_EQ(map.indicator, "crossed");
    EXPECT_EQ(map.period, Period::parse("1961"));
    EXPECT_EQ(map.where, atlas_line(dir, 8));
}

TEST(Atlas, RelativeTablePathsAreTakenFromTheAtlasFolder) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    EXPECT_EQ(atlas.figures.path, dir / "data" / "figures.csv");
    EXPECT_EQ(atlas.sources.path, dir / "sources.csv");
    EXPECT_TRUE(atlas.figures.layer.empty());
}

TEST(Atlas, TableWithLayer) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir,
                             "[atlas]\n"
                             "figures = { path = \"book.xlsx\", layer = \"Figures\" }\n"
                             "sources = \"sources.csv\"\n"
                             "geodata = \"my-geodata\"\n"
                             "[indicators]\ncrossed = { label = \"Crossers\" }\n"
                             "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    EXPECT_EQ(atlas.figures.path, dir / "book.xlsx");
    EXPECT_EQ(atlas.figures.layer, "Figures");
    EXPECT_EQ(atlas.geodata, dir / "my-geodata");
}

TEST(Atlas, FolderHoldingAtlasTomlIsAccepted) {
    TempDir dir("bordermap-atlas");
    write_file(dir / "atlas.toml", header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    const Atlas atlas = bordermap::load_atlas(dir.path());
    EXPECT_EQ(atlas.file, dir / "atlas.toml");
    EXPECT_EQ(atlas.maps.size(), 1u);
}

TEST(Atlas, IndicatorsHaveLabelsAndUnits) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    ASSERT_EQ(atlas.indicators.size(), 2u);
    EXPECT_EQ(atlas.indicators.at("crossed").label, "Crossers");
    EXPECT_EQ(atlas.indicators.at("crossed").unit, "people");
    EXPECT_EQ(atlas.indicators.at("bodies").unit, "");
}

TEST(Atlas, IndicatorWithoutLabelIsLabelledByItsId) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir,
                             "[atlas]\nfigures = \"f.csv\"\nsources = \"s.csv\"\n"
                             "[indicators]\ncrossed = { unit = \"people\" }\n"
                             "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    EXPECT_EQ(atlas.indicators.at("crossed").label, "crossed");
}

TEST(Atlas, MapsGetBuiltInDefaults) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    const MapSpec& map = atlas.maps.at(0);
    EXPECT_TRUE(map.projection.empty()) << "no projection: one is chosen for the map's area";
    EXPECT_EQ(map.palette, "YlOrRd");
    EXPECT_EQ(map.palette, bordermap::default_palette);  // colour-blind safe
    EXPECT_EQ(map.method, ClassMethod::quantile);
    EXPECT_EQ(map.classes, 5);
    EXPECT_EQ(map.rule, PeriodRule::overlapping);
    EXPECT_FALSE(map.extent.has_value());
    EXPECT_EQ(map.formats, (std::vector<MapFormat>{MapFormat::pdf, MapFormat::svg, MapFormat::png, MapFormat::geojson}));
}

TEST(Atlas, DefaultsSectionAppliesToEveryMap) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header +
                                      "[defaults]\n"
                                      "palette = \"Blues\"\n"
                                      "classes = 3\n"
                                      "period = \"1962\"\n"
                                      "dpi = 150\n"
                                      "[[map]]\nid = \"a\"\nindicator = \"crossed\"\n"
                                      "[[map]]\nid = \"b\"\nindicator = \"bodies\"\npalette = \"Greys\"\nperiod = \"1961-01/1962-03\"\n");
    ASSERT_EQ(atlas.maps.size(), 2u);
    EXPECT_EQ(atlas.maps[0].palette, "Blues");
    EXPECT_EQ(atlas.maps[0].classes, 3);
    EXPECT_EQ(atlas.maps[0].dpi, 150.0);
    EXPECT_EQ(atlas.maps[0].period, Period::parse("1962"));
    EXPECT_EQ(atlas.maps[1].palette, "Greys");  // a map's own setting wins
    EXPECT_EQ(atlas.maps[1].classes, 3);
    EXPECT_EQ(atlas.maps[1].period, Period::parse("1961-01/1962-03"));
}

TEST(Atlas, DefaultTitleIsIndicatorLabelAndPeriod) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961-01/1962-03\"\n");
    EXPECT_EQ(atlas.maps.at(0).title, "Crossers, January 1961 \u2013 March 1962");
}

TEST(Atlas, ReadsEveryMapSetting) {
    TempDir dir("bordermap-atlas");
    const Atlas atlas = load_atlas_text(dir, header +
                                      "[[map]]\n"
                                      "id = \"bodies_1961\"\n"
                                      "title = \"Bodies\"\n"
                                      "subtitle = \"In the rivers\"\n"
                                      "indicator = \"bodies\"\n"
                                      "period = \"1961\"\n"
                                      "period_rule = \"within\"\n"
                                      "method = \"manual\"\n"
                                      "breaks = [100, 1000.5]\n"
                                      "extent = [123.0, 39.3, 131.3, 43.6]\n"
                                      "regions = [\"Kirin\", \"Liaoning\"]\n"
                                      "width_mm = 120\n"
                                      "height_mm = 90.5\n"
                                      "formats = [\"svg\", \"geojson\"]\n"
                                      "legend_position = \"top-left\"\n"
                                      "projection = \"EPSG:3857\"\n");
    const MapSpec& map = atlas.maps.at(0);
    EXPECT_EQ(map.title, "Bodies");
    EXPECT_EQ(map.subtitle, "In the rivers");
    EXPECT_EQ(map.rule, PeriodRule::within);
    EXPECT_EQ(map.method, ClassMethod::manual);
    EXPECT_EQ(map.breaks, (std::vector<double>{100, 1000.5}));
    ASSERT_TRUE(map.extent.has_value());
    EXPECT_DOUBLE_EQ(map.extent->min_x, 123.0);
    EXPECT_DOUBLE_EQ(map.extent->min_y, 39.3);
    EXPECT_DOUBLE_EQ(map.extent->max_x, 131.3);
    EXPECT_DOUBLE_EQ(map.extent->max_y, 43.6);
    EXPECT_EQ(map.regions, (std::vector<std::string>{"Kirin", "Liaoning"}));
    EXPECT_EQ(map.width_mm, 120.0);
    EXPECT_EQ(map.height_mm, 90.5);
    EXPECT_EQ(map.formats, (std::vector<MapFormat>{MapFormat::svg, MapFormat::geojson}));
    EXPECT_EQ(map.legend_position, LegendPosition::top_left);
    EXPECT_EQ(map.projection, "EPSG:3857");
}

TEST(Atlas, TheBundledExampleLoads) {
    const Atlas atlas = bordermap::load_atlas(bordermap::test::source_dir() / "examples" / "sino-korean-border-1957-1962");
    EXPECT_FALSE(atlas.maps.empty());
    EXPECT_TRUE(atlas.indicators.count("crossed_to_dprk"));
    EXPECT_EQ(atlas.maps.at(0).id, "crossings-1961");
}

// ---------------------------------------------------------------- errors with file and line

TEST(AtlasErrors, MissingFileIsNamed) {
    TempDir dir("bordermap-atlas");
    try {
        (void)bordermap::load_atlas(dir / "nothing.toml");
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_EQ(e.where(), (dir / "nothing.toml").string());
    }
}

TEST(AtlasErrors, TomlSyntaxErrorNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\n"                // 8
                                            "id = \"a\"\n"             // 9
                                            "indicator = crossed\n"    // 10: missing quotes
                                            "period = \"1961\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 10));
    EXPECT_TRUE(contains(e.problem(), "TOML")) << e.what();
}

TEST(AtlasErrors, UnknownMapKeyNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\n"                // 8
                                            "id = \"a\"\n"             // 9
                                            "indicator = \"crossed\"\n"  // 10
                                            "colour = \"red\"\n"       // 11
                                            "period = \"1961\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "'colour'")) << e.what();
}

TEST(AtlasErrors, UnknownKeyInAtlasSectionNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, "[atlas]\nfigures = \"f.csv\"\nsoruces = \"s.csv\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 3));
    EXPECT_TRUE(contains(e.problem(), "'soruces'")) << e.what();
}

TEST(AtlasErrors, UnknownSectionIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[mpa]\nid = \"a\"\n");
    EXPECT_TRUE(contains(e.problem(), "'mpa'")) << e.what();
    EXPECT_TRUE(contains(e.where(), "atlas.toml:")) << e.where();
}

TEST(AtlasErrors, UndeclaredIndicatorNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n"  // 8-11
                                            "[[map]]\n"                                                        // 12
                                            "id = \"b\"\n"                                                     // 13
                                            "indicator = \"drowned\"\n"                                        // 14
                                            "period = \"1961\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 14));
    EXPECT_TRUE(contains(e.problem(), "'drowned'")) << e.what();
    EXPECT_TRUE(contains(e.fix(), "crossed")) << e.what();  // lists the declared ones
}

TEST(AtlasErrors, UnsafeMapIdNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\n"               // 8
                                            "id = \"../evil\"\n"      // 9
                                            "indicator = \"crossed\"\n"
                                            "period = \"1961\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 9));
    EXPECT_TRUE(contains(e.problem(), "'../evil'")) << e.what();
}

TEST(AtlasErrors, UpperCaseOrEmptyMapIdIsRefused) {
    TempDir dir("bordermap-atlas");
    EXPECT_TRUE(contains(atlas_text_error(dir, header + "[[map]]\nid = \"Crossings\"\nindicator = \"crossed\"\nperiod = \"1961\"\n")
                             .problem(),
                         "'Crossings'"));
    EXPECT_TRUE(contains(atlas_text_error(dir, header + "[[map]]\nindicator = \"crossed\"\nperiod = \"1961\"\n").problem(),
                         "cannot name an output file"));
}

TEST(AtlasErrors, DuplicateMapIdNamesTheSecondIdLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n"  // 8-11
                                            "[[map]]\n"                                                        // 12
                                            "id = \"a\"\n"                                                     // 13
                                            "indicator = \"bodies\"\n"
                                            "period = \"1961\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 13));
    EXPECT_TRUE(contains(e.problem(), "used twice")) << e.what();
}

TEST(AtlasErrors, PeriodEndingBeforeItStartsNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\n"               // 8
                                            "id = \"a\"\n"            // 9
                                            "indicator = \"crossed\"\n"  // 10
                                            "period = \"1962/1961\"\n");  // 11
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "before it starts")) << e.what();
}

TEST(AtlasErrors, MissingPeriodIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 8));
    EXPECT_TRUE(contains(e.problem(), "no period")) << e.what();
}

TEST(AtlasErrors, ExtentWithWestEastOfEastNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[[map]]\n"                          // 8
                                            "id = \"a\"\n"                       // 9
                                            "indicator = \"crossed\"\n"          // 10
                                            "period = \"1961\"\n"                // 11
                                            "extent = [131.3, 39.3, 123.0, 43.6]\n");  // 12
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "extent")) << e.what();
}

TEST(AtlasErrors, ExtentWithThreeNumbersIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nextent = [1, 2, 3]\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
}

TEST(AtlasErrors, ExtentBeyondThePoleIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e =
        atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nextent = [120, 40, 130, 95]\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
}

TEST(AtlasErrors, ExtentAsTextIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e =
        atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nextent = [\"120\", 40, 130, 50]\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "number")) << e.what();
}

TEST(AtlasErrors, ClassesOutOfRangeNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nclasses = 12\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
}

TEST(AtlasErrors, UnknownMethodNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e =
        atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nmethod = \"jenks-ish\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'jenks-ish'")) << e.what();
}

TEST(AtlasErrors, UnknownMethodListsEveryMethod) {
    TempDir dir("bordermap-atlas");
    const DataError e =
        atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nmethod = \"natural\"\n");
    for (const char* method : {"quantile", "equal_interval", "natural_breaks", "manual", "unclassed"})
        EXPECT_TRUE(contains(e.fix(), method)) << e.fix();
}

TEST(Atlas, NaturalBreaksHasTwoOtherNamesAndUnclassedIsAMethod) {
    TempDir dir("bordermap-atlas");
    for (const auto& [written, method] : std::vector<std::pair<std::string, ClassMethod>>{{"natural_breaks", ClassMethod::natural_breaks},
                                                                                          {"jenks", ClassMethod::natural_breaks},
                                                                                          {"fisher_jenks", ClassMethod::natural_breaks},
                                                                                          {"unclassed", ClassMethod::unclassed},
                                                                                          {"quantiles", ClassMethod::quantile}}) {
        const Atlas atlas =
            load_atlas_text(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nmethod = \"" + written + "\"\n");
        EXPECT_EQ(atlas.maps.at(0).method, method) << written;
        EXPECT_EQ(bordermap::class_method_names.parse(bordermap::class_method_names.name(method)), method) << written;
    }
}

TEST(Atlas, AnyKnownPaletteAndItsReverse) {
    TempDir dir("bordermap-atlas");
    for (const std::string name : {"RdBu", "viridis", "-viridis", "Set2", "cividis"}) {
        const Atlas atlas =
            load_atlas_text(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nclasses = 4\npalette = \"" + name + "\"\n");
        EXPECT_EQ(atlas.maps.at(0).palette, name);
    }
}

TEST(AtlasErrors, UnknownPaletteNamesItsLineAndTheNearestFirst) {
    TempDir dir("bordermap-atlas");
    const DataError e =
        atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\npalette = \"Virdis\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'Virdis' is not known; use one of viridis, ")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "YlOrRd")) << e.what();
}

TEST(AtlasErrors, UnclassedWithAQualitativePaletteNamesThePaletteLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n"
                                                 "method = \"unclassed\"\npalette = \"Set2\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 13));
    EXPECT_TRUE(contains(e.problem(), "qualitative")) << e.what();
}

TEST(AtlasErrors, MoreClassesThanThePaletteHasNamesTheClassesLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n"
                                                 "classes = 9\npalette = \"Dark2\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "at most 8 classes")) << e.what();
}

TEST(AtlasErrors, ManualMethodWithoutBreaksIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nmethod = \"manual\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 8));
    EXPECT_TRUE(contains(e.problem(), "breaks")) << e.what();
}

TEST(AtlasErrors, UnknownFormatNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e =
        atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\nformats = [\"pdf\", \"jpeg\"]\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'jpeg'")) << e.what();
}

TEST(AtlasErrors, NoMapsIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header);
    EXPECT_TRUE(contains(e.problem(), "no maps")) << e.what();
}

TEST(AtlasErrors, NoFiguresTableIsAnError) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, "[atlas]\nsources = \"s.csv\"\n[indicators]\nx = {}\n[[map]]\nid = \"a\"\nindicator = \"x\"\nperiod = \"1961\"\n");
    EXPECT_TRUE(contains(e.problem(), "figures")) << e.what();
}

TEST(AtlasErrors, TitleThatIsNotTextNamesItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header + "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\ntitle = 5\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "string")) << e.what();
}

TEST(AtlasErrors, ASettingOfDefaultsIsNamedAtItsLine) {
    TempDir dir("bordermap-atlas");
    const DataError e = atlas_text_error(dir, header +
                                            "[defaults]\n"                 // 8
                                            "method = \"unclassed\"\n"     // 9
                                            "palette = \"Set2\"\n"         // 10
                                            "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 10));
    EXPECT_TRUE(contains(e.problem(), "qualitative")) << e.what();
}

TEST(AtlasErrors, UnknownKeysOfEveryTableListTheKnownOnes) {
    TempDir dir("bordermap-atlas");
    const std::string map = "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n";
    DataError e = atlas_text_error(dir, "[atlas]\nfigures = { path = \"f.xlsx\", sheet = \"A\" }\nsources = \"s.csv\"\n" + map);
    EXPECT_EQ(e.where(), atlas_line(dir, 2));
    EXPECT_TRUE(contains(e.problem(), "unknown key 'sheet' in 'figures'")) << e.what();
    EXPECT_EQ(e.fix(), "Known: path, layer.");
    e = atlas_text_error(dir, header + "[[relation]]\nwhole = \"crossed\"\nparts = [\"bodies\"]\nkind = \"equal\"\n" + map);
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "relation kind 'equal' is not known")) << e.what();
    EXPECT_EQ(e.fix(), "Use \"sum\" or \"at_most\".");
    e = atlas_text_error(dir, header + "[[boundaries]]\nfile = \"b.gpkg\"\nkind = \"province\"\n" + map);
    EXPECT_EQ(e.where(), atlas_line(dir, 10));
    EXPECT_TRUE(contains(e.fix(), "\"admin1\"")) << e.what();
    e = atlas_text_error(dir, header + "[[boundaries]]\nfile = \"b.gpkg\"\nvalid = \"1961\"\n" + map);
    EXPECT_TRUE(contains(e.problem(), "unknown key 'valid' in [[boundaries]]")) << e.what();
    EXPECT_TRUE(contains(e.fix(), "valid_from, valid_to")) << e.what();
    e = atlas_text_error(dir, "[atlas]\nfigures = \"f.csv\"\nsources = \"s.csv\"\n[indicators]\ncrossed = { label = \"C\", units = \"people\" }\n" + map);
    EXPECT_EQ(e.where(), atlas_line(dir, 5));
    EXPECT_TRUE(contains(e.problem(), "unknown key 'units' in an indicator")) << e.what();
    EXPECT_EQ(e.fix(), "Known: label, unit.");
}

TEST(AtlasErrors, NumbersOutOfTheirRangeSayWhatToWrite) {
    TempDir dir("bordermap-atlas");
    const std::string map = "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n";
    DataError e = atlas_text_error(dir, header + map + "width_mm = 0\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'width_mm' is out of range")) << e.what();
    EXPECT_EQ(e.fix(), "Use a number above 0, up to 2000.");
    e = atlas_text_error(dir, header + map + "classes = 2.5\n");
    EXPECT_TRUE(contains(e.problem(), "'classes' must be a whole number from 1 to 9")) << e.what();
    e = atlas_text_error(dir, "[atlas]\nfigures = \"f.csv\"\nsources = \"s.csv\"\ngeojson_precision = 20\n[indicators]\ncrossed = {}\n" + map);
    EXPECT_EQ(e.where(), atlas_line(dir, 4));
    EXPECT_TRUE(contains(e.problem(), "'geojson_precision' must be a whole number from 1 to 15")) << e.what();
    e = atlas_text_error(dir, header + map + "normalize = \"per_population\"\npopulation = \"crossed\"\nper = 0\n");
    EXPECT_TRUE(contains(e.problem(), "'per' must be a positive number")) << e.what();
}

// [[group]] and relations between regions (issue 13).
TEST(AtlasGroupsAndRegionRelations, AreReadAndCheckedAtTheirLines) {
    TempDir dir("bordermap-atlas");
    const std::string map = "[[map]]\nid = \"a\"\nindicator = \"crossed\"\nperiod = \"1961\"\n";
    const Atlas atlas = load_atlas_text(dir, header + "[[group]]\nid = \"lj\"\nname = \"Liaoning and Jilin\"\nnames = [\"Liao-Ji\"]\n"
                                                     "members = [\"Liaoning\", \"Jilin\"]\n[[relation]]\nwhole_region = \"lj\"\n"
                                                     "indicators = [\"crossed\"]\n" + map);
    ASSERT_EQ(atlas.groups.size(), 1u);
    EXPECT_EQ(atlas.groups[0].name_en, "Liaoning and Jilin");
    EXPECT_EQ(atlas.groups[0].members, (std::vector<std::string>{"Liaoning", "Jilin"}));
    EXPECT_EQ(atlas.groups[0].names, (std::vector<std::string>{"Liao-Ji"}));
    ASSERT_EQ(atlas.relations.size(), 1u);
    EXPECT_TRUE(atlas.relations[0].between_regions());
    DataError e = atlas_text_error(dir, header + "[[group]]\nid = \"lj\"\nname = \"L\"\nmembers = [\"Liaoning\"]\n" + map);
    EXPECT_TRUE(contains(e.problem(), "at least two members")) << e.what();
    e = atlas_text_error(dir, header + "[[relation]]\nwhole = \"crossed\"\nparts = [\"crossed\"]\nwhole_region = \"lj\"\n" + map);
    EXPECT_TRUE(contains(e.problem(), "not both")) << e.what();
    e = atlas_text_error(dir, header + "[[relation]]\nwhole_region = \"lj\"\nindicators = [\"nope\"]\n" + map);
    EXPECT_TRUE(contains(e.problem(), "the indicator 'nope'")) << e.what();
}
