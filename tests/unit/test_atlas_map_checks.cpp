// model/map_checks.hpp: the checks and completions of one map, the same for an atlas's [[map]]
// and for `render`'s map from options; errors name the setting's line or option.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "bordermap/core/error.hpp"
#include "bordermap/model/map_checks.hpp"
#include "test_support.hpp"

using bordermap::Atlas;
using bordermap::ClassMethod;
using bordermap::DataError;
using bordermap::LookChoice;
using bordermap::MapOrigin;
using bordermap::MapSpec;
using bordermap::Period;
using bordermap::test::contains;

namespace {

Atlas atlas_of_crossings() {
    Atlas atlas;
    atlas.folder = ".";
    atlas.indicators["crossed"] = {"crossed", "Crossers", "people"};
    return atlas;
}

// Every setting given as an option, as `render` gives them.
const MapOrigin options{[](std::string_view key) { return "--" + std::string(key); }};

MapSpec map_of_crossings() {
    MapSpec map;
    map.where = "the command line";
    map.id = "crossed-1961";
    map.indicator = "crossed";
    map.period = Period::parse("1961");
    return map;
}

DataError error_of(MapSpec map, const MapOrigin& origin = options) {
    try {
        bordermap::complete_map(map, atlas_of_crossings(), origin, {});
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}

}  // namespace

TEST(MapChecks, CompleteTheTitleAndTheStyle) {
    MapSpec map = map_of_crossings();
    LookChoice look;
    look.command_line.settings = {"text.title_pt=14"};
    look.atlas_settings = [](bordermap::Style& style) { style.subtitle_pt = 9; };
    bordermap::complete_map(map, atlas_of_crossings(), options, look);
    EXPECT_EQ(map.title, "Crossers, 1961");
    EXPECT_EQ(map.style_name, "publication");
    EXPECT_EQ(map.style.subtitle_pt, 9) << "the atlas's [style]";
    EXPECT_EQ(map.style.title_pt, 14) << "--set, over the atlas's [style]";

    MapSpec titled = map_of_crossings();
    titled.title = "Crossings";
    look.command_line.style = "grayscale";
    bordermap::complete_map(titled, atlas_of_crossings(), options, look);
    EXPECT_EQ(titled.title, "Crossings");
    EXPECT_EQ(titled.style_name, "grayscale");
}

TEST(MapChecks, PanelsWithoutAnIndicatorTakeTheFirstPanels) {
    MapSpec map = map_of_crossings();
    map.indicator.clear();
    map.panels.push_back({"atlas.toml:3", "", "crossed", "", {}});
    bordermap::complete_map(map, atlas_of_crossings(), options, {});
    EXPECT_EQ(map.indicator, "crossed");
}

TEST(MapChecks, ErrorsNameTheOptionOfTheSetting) {
    MapSpec unsafe = map_of_crossings();
    unsafe.id = "Crossings 1961";
    DataError e = error_of(unsafe);
    EXPECT_EQ(e.where(), "--id");
    EXPECT_TRUE(contains(e.problem(), "'Crossings 1961' cannot name an output file")) << e.what();

    MapSpec undeclared = map_of_crossings();
    undeclared.indicator = "drowned";
    e = error_of(undeclared);
    EXPECT_EQ(e.where(), "--indicator");
    EXPECT_TRUE(contains(e.fix(), "crossed")) << e.what();

    MapSpec unclassed = map_of_crossings();
    unclassed.method = ClassMethod::unclassed;
    unclassed.palette = "Set2";
    e = error_of(unclassed);
    EXPECT_EQ(e.where(), "--palette");
    EXPECT_TRUE(contains(e.problem(), "qualitative")) << e.what();

    MapSpec unknown_palette = map_of_crossings();
    unknown_palette.palette = "Virdis";
    e = error_of(unknown_palette);
    EXPECT_EQ(e.where(), "--palette");
    EXPECT_TRUE(contains(e.problem(), "'Virdis' is not known; use one of viridis, ")) << e.what();

    MapSpec too_many = map_of_crossings();
    too_many.classes = 9;
    too_many.palette = "Dark2";
    e = error_of(too_many);
    EXPECT_EQ(e.where(), "--classes");
    EXPECT_TRUE(contains(e.problem(), "at most 8 classes")) << e.what();
}

TEST(MapChecks, ASettingNotGivenIsNamedByTheMapsWhere) {
    const MapOrigin nothing_given{[](std::string_view) { return std::string(); }};
    DataError e = error_of(map_of_crossings(), nothing_given);
    EXPECT_EQ(e.where(), "the command line");
    EXPECT_TRUE(contains(e.problem(), "has no period")) << e.what();

    MapSpec manual = map_of_crossings();
    manual.method = ClassMethod::manual;
    e = error_of(manual);
    EXPECT_TRUE(contains(e.problem(), "needs breaks")) << e.what();

    MapSpec per_population = map_of_crossings();
    per_population.normalization.kind = bordermap::Normalization::Kind::per_population;
    e = error_of(per_population);
    EXPECT_EQ(e.where(), "the command line");
    EXPECT_TRUE(contains(e.problem(), "names no population indicator")) << e.what();
    per_population.normalization.population = "people";
    e = error_of(per_population);
    EXPECT_EQ(e.where(), "--population");
    EXPECT_TRUE(contains(e.problem(), "takes its population from 'people'")) << e.what();
}

TEST(MapChecks, AnUnknownStyleNamesWhereItWasChosen) {
    MapSpec map = map_of_crossings();
    LookChoice look;
    look.command_line.style = "neon";
    try {
        bordermap::complete_map(map, atlas_of_crossings(), options, look);
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_EQ(e.where(), "--style");
    }
    map.style_name = "glossy";
    look.command_line.style.clear();
    try {
        bordermap::complete_map(map, atlas_of_crossings(), options, look);
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_EQ(e.where(), "--style") << "the map's own style line";
        EXPECT_TRUE(contains(e.problem(), "'glossy'")) << e.what();
    }
}
