// atlas/atlas.hpp: a [[map]] with `series` expands into one map per value; errors name the line.
// atlas/class_groups.hpp: which maps are classed together.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bordermap/model/atlas.hpp"
#include "bordermap/map/class_groups.hpp"
#include "bordermap/core/error.hpp"
#include "atlas_text.hpp"
#include "test_support.hpp"

using bordermap::Atlas;
using bordermap::DataError;
using bordermap::MapSpec;
using bordermap::Period;
using bordermap::test::atlas_line;
using bordermap::test::atlas_text_error;
using bordermap::test::contains;
using bordermap::test::load_atlas_text;
using bordermap::test::TempDir;
using bordermap::test::write_file;

namespace {

// Lines 1-8: the sections every test below shares.
const std::string series_header =
    "[atlas]\n"                                                         // 1
    "figures = \"figures.csv\"\n"                                       // 2
    "sources = \"sources.csv\"\n"                                       // 3
    "[indicators]\n"                                                    // 4
    "crossed = { label = \"Crossers\", unit = \"people\" }\n"           // 5
    "sent_back = { label = \"Sent back\", unit = \"people\" }\n"        // 6
    "bodies = { label = \"Bodies found\", unit = \"bodies\" }\n"        // 7
    "[[map]]\n";                                                        // 8

Atlas load_series(const TempDir& dir, const std::string& map) { return load_atlas_text(dir, series_header + map); }
DataError series_error(const TempDir& dir, const std::string& map) { return atlas_text_error(dir, series_header + map); }

std::vector<std::string> ids(const Atlas& atlas) {
    std::vector<std::string> out;
    for (const MapSpec& m : atlas.maps) out.push_back(m.id);
    return out;
}

}  // namespace

// ---------------------------------------------------------------- expansion

TEST(AtlasSeries, PeriodSeriesIsOneMapPerPeriodWithTheUsualTitles) {
    TempDir dir("bordermap-series");
    const Atlas atlas = load_series(dir,
                             "id = \"crossings\"\n"                 // 9
                             "indicator = \"crossed\"\n"            // 10
                             "subtitle = \"By province\"\n"         // 11
                             "series = { period = [\n"              // 12
                             "  \"1960\",\n"                        // 13
                             "  \"1961-01/1962-03\",\n"             // 14
                             "] }\n");
    ASSERT_EQ(ids(atlas), (std::vector<std::string>{"crossings-1960", "crossings-1961-01-1962-03"}));
    const MapSpec& first = atlas.maps[0];
    const MapSpec& second = atlas.maps[1];
    EXPECT_EQ(first.period, Period::parse("1960"));
    EXPECT_EQ(second.period, Period::parse("1961-01/1962-03"));
    EXPECT_EQ(first.title, "Crossers, 1960");
    EXPECT_EQ(second.title, "Crossers, January 1961 \u2013 March 1962");
    EXPECT_EQ(first.subtitle, "By province");
    EXPECT_EQ(first.indicator, "crossed");
    for (const MapSpec& m : atlas.maps) {
        EXPECT_EQ(m.series, "crossings");
        EXPECT_EQ(m.class_group, "") << "shared_classes defaults to false";
        EXPECT_EQ(m.multiple, "") << "each member is a figure of its own";
        EXPECT_FALSE(m.series_spec.has_value());
        EXPECT_TRUE(m.only_regions.empty());
    }
    EXPECT_EQ(first.where, atlas_line(dir, 13)) << "a member is declared where its value is written";
    EXPECT_EQ(second.where, atlas_line(dir, 14));
}

TEST(AtlasSeries, AGivenTitleIsFollowedByTheMembersLabel) {
    TempDir dir("bordermap-series");
    const Atlas atlas = load_series(dir, "id = \"c\"\nindicator = \"crossed\"\ntitle = \"Crossings\"\nseries = { period = [\"1960\", \"1961-03\"] }\n");
    EXPECT_EQ(atlas.maps.at(0).title, "Crossings: 1960");
    EXPECT_EQ(atlas.maps.at(1).title, "Crossings: March 1961");
}

TEST(AtlasSeries, SharedClassesPutEveryMemberInTheSeriesClassGroup) {
    TempDir dir("bordermap-series");
    const Atlas atlas = load_series(dir, "id = \"c\"\nindicator = \"crossed\"\nseries = { period = [\"1960\", \"1961\"] }\nshared_classes = true\n");
    ASSERT_EQ(atlas.maps.size(), 2u);
    for (const MapSpec& m : atlas.maps) {
        EXPECT_EQ(m.series, "c");
        EXPECT_EQ(m.class_group, "c");
    }
}

TEST(AtlasSeries, IndicatorSeriesIsOneMapPerIndicator) {
    TempDir dir("bordermap-series");
    const Atlas atlas = load_series(dir, "id = \"fates\"\nperiod = \"1961\"\nseries = { indicator = [\"crossed\", \"sent_back\"] }\nshared_classes = true\n");
    ASSERT_EQ(ids(atlas), (std::vector<std::string>{"fates-crossed", "fates-sent-back"}));
    EXPECT_EQ(atlas.maps[0].indicator, "crossed");
    EXPECT_EQ(atlas.maps[1].indicator, "sent_back");
    EXPECT_EQ(atlas.maps[0].title, "Crossers, 1961");
    EXPECT_EQ(atlas.maps[1].title, "Sent back, 1961");
    EXPECT_EQ(atlas.maps[1].class_group, "fates");
    const Atlas titled = load_series(dir, "id = \"fates\"\ntitle = \"Fates\"\nperiod = \"1961\"\nseries = { indicator = [\"crossed\", \"bodies\"] }\n");
    EXPECT_EQ(titled.maps.at(0).title, "Fates: Crossers");
    EXPECT_EQ(titled.maps.at(1).title, "Fates: Bodies found") << "different units are fine when the classes are not shared";
}

TEST(AtlasSeries, RegionSeriesShowsOneRegionOrGroupPerMap) {
    TempDir dir("bordermap-series");
    const Atlas atlas = load_series(dir, "id = \"c\"\nindicator = \"crossed\"\nperiod = \"1961\"\nseries = { region = [\"Northeast China\", \"Kirin\"] }\n");
    ASSERT_EQ(ids(atlas), (std::vector<std::string>{"c-northeast-china", "c-kirin"}));
    EXPECT_EQ(atlas.maps[0].only_regions, (std::vector<std::string>{"Northeast China"})) << "as written; join_map resolves it";
    EXPECT_EQ(atlas.maps[1].only_regions, (std::vector<std::string>{"Kirin"}));
    EXPECT_EQ(atlas.maps[0].title, "Crossers, 1961: Northeast China");
    EXPECT_EQ(atlas.maps[0].period, Period::parse("1961"));
    const Atlas titled = load_series(dir, "id = \"c\"\ntitle = \"Crossings\"\nindicator = \"crossed\"\nperiod = \"1961\"\nseries = { region = [\"Kirin\"] }\n");
    EXPECT_EQ(titled.maps.at(0).title, "Crossings: Kirin");
}

TEST(AtlasSeries, PanelsShareTheirMultiplesClassGroup) {
    TempDir dir("bordermap-series");
    const Atlas atlas = load_series(dir, "id = \"m\"\nperiod = \"1961\"\npanels = [{ indicator = \"crossed\" }, { indicator = \"sent_back\" }]\n");
    ASSERT_EQ(atlas.maps.size(), 2u);
    for (const MapSpec& m : atlas.maps) {
        EXPECT_EQ(m.class_group, "m");
        EXPECT_EQ(m.series, "");
    }
}

// ---------------------------------------------------------------- errors with the atlas line

TEST(AtlasSeriesErrors, SeriesAndPanelsTogether) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nperiod = \"1961\"\npanels = [{ indicator = \"crossed\" }]\nseries = { period = [\"1960\"] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "both panels and a series")) << e.what();
}

TEST(AtlasSeriesErrors, EmptyList) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nperiod = \"1961\"\nseries = { region = [] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'series.region' is empty")) << e.what();
}

TEST(AtlasSeriesErrors, UnknownKey) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nperiod = \"1961\"\nseries = { year = [\"1960\"] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "unknown key 'year' in 'series'")) << e.what();
    EXPECT_TRUE(contains(e.fix(), "\"period\", \"indicator\" or \"region\"")) << e.what();
}

TEST(AtlasSeriesErrors, MoreThanOneKey) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\n"
                                        "series = { period = [\"1960\"], indicator = [\"crossed\"] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "exactly one key")) << e.what();
}

TEST(AtlasSeriesErrors, NotATableOrNotAListOfStrings) {
    TempDir dir("bordermap-series");
    DataError e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nseries = [\"1960\"]\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "'series' must be a table")) << e.what();
    e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nseries = { period = \"1960\" }\n");
    EXPECT_TRUE(contains(e.problem(), "must be a list of strings")) << e.what();
    e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nseries = { period = [1960] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "must be a string")) << e.what();
}

TEST(AtlasSeriesErrors, BadPeriodNamesItsLine) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir,
                                   "id = \"m\"\n"                    // 9
                                   "indicator = \"crossed\"\n"       // 10
                                   "series = { period = [\n"         // 11
                                   "  \"1960\",\n"                   // 12
                                   "  \"1962/1961\",\n"              // 13
                                   "] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 13));
    EXPECT_TRUE(contains(e.problem(), "before it starts")) << e.what();
    const DataError syntax = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nseries = { period = [\"61\"] }\n");
    EXPECT_EQ(syntax.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(syntax.fix(), "period = [")) << syntax.what();
}

TEST(AtlasSeriesErrors, UndeclaredIndicatorNamesItsLineAndTheKnownOnes) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir,
                                   "id = \"m\"\n"                    // 9
                                   "period = \"1961\"\n"             // 10
                                   "series = { indicator = [\n"      // 11
                                   "  \"crossed\",\n"                // 12
                                   "  \"drowned\",\n"                // 13
                                   "] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 13));
    EXPECT_TRUE(contains(e.problem(), "'drowned'")) << e.what();
    EXPECT_TRUE(contains(e.fix(), "bodies, crossed, sent_back")) << e.what();
}

TEST(AtlasSeriesErrors, SharedClassesBetweenDifferentUnits) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nperiod = \"1961\"\nseries = { indicator = [\"crossed\", \"bodies\"] }\nshared_classes = true\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 11));
    EXPECT_TRUE(contains(e.problem(), "different things ('people', 'bodies')")) << e.what();
}

TEST(AtlasSeriesErrors, SharedClassesMustBeABoolean) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nseries = { period = [\"1960\"] }\nshared_classes = \"yes\"\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'shared_classes' must be true or false")) << e.what();
    EXPECT_EQ(series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nseries = { period = [\"1960\"] }\nshared_classes = 1\n").where(),
              atlas_line(dir, 12));
}

TEST(AtlasSeriesErrors, SharedClassesWithoutASeries) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"m\"\nindicator = \"crossed\"\nperiod = \"1961\"\nshared_classes = true\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "shared_classes is for a series")) << e.what();
}

TEST(AtlasSeriesErrors, MemberIdCollidingWithAnotherMap) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir,
                                   "id = \"c-1961\"\nindicator = \"crossed\"\nperiod = \"1961\"\n"  // 9-11
                                   "[[map]]\n"                                                     // 12
                                   "id = \"c\"\n"                                                  // 13
                                   "indicator = \"crossed\"\n"                                     // 14
                                   "series = { period = [\"1960\", \"1961\"] }\n");                // 15
    EXPECT_EQ(e.where(), atlas_line(dir, 15));
    EXPECT_TRUE(contains(e.problem(), "'c-1961' is used twice")) << e.what();
}

TEST(AtlasSeriesErrors, MemberIdsCollidingWithinTheSeries) {
    TempDir dir("bordermap-series");
    const DataError e = series_error(dir, "id = \"c\"\nindicator = \"crossed\"\nperiod = \"1961\"\nseries = { region = [\"Jilin\", \"JILIN\"] }\n");
    EXPECT_EQ(e.where(), atlas_line(dir, 12));
    EXPECT_TRUE(contains(e.problem(), "'c-jilin' is used twice")) << e.what();
}

TEST(AtlasSeriesErrors, ASeriesIsNoDefault) {
    TempDir dir("bordermap-series");
    write_file(dir / "atlas.toml", "[atlas]\nfigures = \"f.csv\"\nsources = \"s.csv\"\n[indicators]\nx = {}\n"
                                   "[defaults]\n"                             // 6
                                   "series = { period = [\"1960\"] }\n"       // 7
                                   "[[map]]\nid = \"a\"\nindicator = \"x\"\n");
    try {
        (void)bordermap::load_atlas(dir / "atlas.toml");
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_EQ(e.where(), atlas_line(dir, 7));
        EXPECT_TRUE(contains(e.problem(), "cannot be a default")) << e.what();
    }
}

// ---------------------------------------------------------------- class groups

TEST(ClassGroups, MapsSharingAClassGroupAreOneGroupWhereverTheyAre) {
    std::vector<MapSpec> maps(6);
    const char* groups[] = {"a", "", "a", "b", "", "b"};
    for (std::size_t i = 0; i < maps.size(); ++i) maps[i].class_group = groups[i];
    using Groups = std::vector<std::vector<std::size_t>>;
    EXPECT_EQ(bordermap::class_groups(maps), (Groups{{0, 2}, {1}, {3, 5}, {4}}));
    EXPECT_EQ(bordermap::class_groups({}), Groups{});
}
