// render/style.hpp: style files, their keys and types, and single settings.
#include <gtest/gtest.h>

#include "bordermap/core/error.hpp"
#include "bordermap/model/style.hpp"
#include "test_support.hpp"

using namespace bordermap;
using test::contains;
using test::TempDir;
using test::write_file;

namespace {

DataError error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}

}  // namespace

TEST(StyleFiles, EveryBundledStyleReadsAndNamesItself) {
    EXPECT_EQ(bundled_styles(), (std::vector<std::string>{"grayscale", "publication", "slide"}));
    for (const auto& name : bundled_styles()) {
        const Style style = find_style(name, ".", "test");
        EXPECT_EQ(style.name, name);
        EXPECT_EQ(style.version, "1");
    }
    const Style grayscale = find_style("grayscale", ".", "test");
    EXPECT_EQ(grayscale.palette, "Greys");
    EXPECT_TRUE(grayscale.graticule);
    const Style slide = find_style("slide", ".", "test");
    EXPECT_GT(slide.title_pt, 2 * 9.0);
    EXPECT_NEAR(slide.river_pt, 0.5 * 72 / 25.4, 1e-9) << "lines are given in millimetres";
}

TEST(StyleFiles, PublicationIsTheBuiltInLook) {
    const Style file = find_style("publication", ".", "test"), built_in;
    EXPECT_EQ(file.sea.hex(), built_in.sea.hex());
    EXPECT_EQ(file.title_pt, built_in.title_pt);
    EXPECT_NEAR(file.country_border_pt, built_in.country_border_pt, 0.01);
    EXPECT_NEAR(file.halo_pt, built_in.halo_pt, 0.01);
}

TEST(StyleFiles, UnknownKeyNamesFileLineAndKnownKeys) {
    TempDir dir("style");
    write_file(dir / "mine.toml", "name = \"mine\"\n[text]\ntitle_pt = 12\ntitel_pt = 13\n");
    const DataError e = error_of([&] { (void)read_style(dir / "mine.toml"); });
    EXPECT_EQ(e.where(), (dir / "mine.toml").string() + ":4");
    EXPECT_TRUE(contains(e.problem(), "unknown style setting 'text.titel_pt'")) << e.problem();
    EXPECT_TRUE(contains(e.fix(), "text.title_pt")) << e.fix();
}

TEST(StyleFiles, WrongTypesAndValuesNameTheirLine) {
    TempDir dir("style-types");
    write_file(dir / "a.toml", "[text]\ntitle_pt = \"big\"\n");
    EXPECT_TRUE(contains(error_of([&] { (void)read_style(dir / "a.toml"); }).problem(), "'text.title_pt' must be a number"));
    write_file(dir / "b.toml", "[colours]\n\nsea = \"blue\"\n");
    const DataError colour = error_of([&] { (void)read_style(dir / "b.toml"); });
    EXPECT_EQ(colour.where(), (dir / "b.toml").string() + ":3");
    EXPECT_TRUE(contains(colour.problem(), "is not a colour: 'blue'")) << colour.problem();
    write_file(dir / "c.toml", "[furniture]\ninset = \"yes\"\n");
    EXPECT_TRUE(contains(error_of([&] { (void)read_style(dir / "c.toml"); }).problem(), "'furniture.inset' must be true or false"));
    write_file(dir / "c1.toml", "[furniture]\ninset = 1\n");
    EXPECT_TRUE(contains(error_of([&] { (void)read_style(dir / "c1.toml"); }).problem(), "must be true or false")) << "as in atlas.toml, not a number";
    write_file(dir / "d.toml", "[lines]\nriver_mm = -1\n");
    const DataError range = error_of([&] { (void)read_style(dir / "d.toml"); });
    EXPECT_TRUE(contains(range.problem(), "'lines.river_mm' is out of range")) << range.problem();
    EXPECT_EQ(range.fix(), "Use a value from 0 to 50.");
    write_file(dir / "e.toml", "[labels]\nsecond_line = \"fr\"\n");
    const DataError word = error_of([&] { (void)read_style(dir / "e.toml"); });
    EXPECT_TRUE(contains(word.problem(), "labels.second_line 'fr' is not known")) << word.problem();
    EXPECT_TRUE(contains(word.fix(), "\"none\", \"zh\" or \"ko\"")) << word.fix();
    write_file(dir / "f.toml", "[text\n");
    EXPECT_TRUE(contains(error_of([&] { (void)read_style(dir / "f.toml"); }).problem(), "not valid TOML"));
}

TEST(StyleSettings, OverrideSingleValues) {
    Style style = find_style("publication", ".", "test");
    apply_style_settings(style, {"text.title_pt=14", "colours.sea=\"#ffffff\"", "furniture.graticule = true"}, "--set");
    EXPECT_EQ(style.title_pt, 14);
    EXPECT_EQ(style.sea.hex(), "#ffffff");
    EXPECT_TRUE(style.graticule);
    const DataError e = error_of([&] { apply_style_settings(style, {"text.size=3"}, "--set"); });
    EXPECT_TRUE(contains(e.where(), "--set 'text.size=3'")) << e.where();
    EXPECT_TRUE(contains(error_of([&] { apply_style_settings(style, {"text.title_pt"}, "--set"); }).problem(), "is not a setting"));
}

TEST(StyleSettings, UnknownStyleNameListsTheBundledOnes) {
    const DataError e = error_of([] { (void)find_style("glossy", ".", "atlas.toml:3"); });
    EXPECT_EQ(e.where(), "atlas.toml:3");
    EXPECT_TRUE(contains(e.fix(), "grayscale, publication, slide")) << e.fix();
}

TEST(StyleSettings, AStyleFileBesideTheAtlas) {
    TempDir dir("style-own");
    write_file(dir / "journal.toml", "version = \"7\"\n[text]\ntitle_pt = 9\n");
    const Style style = find_style("journal.toml", dir.path(), "test");
    EXPECT_EQ(style.name, "journal");
    EXPECT_EQ(style.version, "7");
    EXPECT_EQ(style.title_pt, 9);
}
