// atlas/inputs.hpp: every file a build of an atlas reads, for `bordermap watch`.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "bordermap/core/bundled.hpp"
#include "bordermap/model/atlas.hpp"
#include "bordermap/model/inputs.hpp"
#include "bordermap/geo/geodata.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using bordermap::atlas_inputs;
using bordermap::bundled_path;
using bordermap::load_atlas;
using bordermap::test::copy_atlas;
using bordermap::test::fixtures_dir;
using bordermap::test::replace_in_file;
using bordermap::test::TempDir;
using bordermap::test::write_file;

namespace {

std::vector<fs::path> bundled_geodata() {
    const fs::path geodata = bundled_path("geodata");
    return {geodata / "world.gpkg", geodata / "rivers.geojson", geodata / "places.geojson",
            geodata / "about.toml",        geodata / "groups.csv",     geodata / "gazetteer.csv"};
}

TEST(AtlasInputs, ListTheTablesNamesBoundariesGeodataAndStyleOfAFixture) {
    const fs::path folder = fixtures_dir() / "history-atlas";
    const auto inputs = atlas_inputs(load_atlas(folder));
    std::vector<fs::path> expected{folder / "atlas.toml", folder / "figures.csv", folder / "sources.csv", folder / "names.csv",
                                   folder / "jilin-1961.geojson"};
    for (const auto& file : bundled_geodata()) expected.push_back(file);
    expected.push_back(bundled_path("styles") / "publication.toml");  // six maps, one style: listed once
    EXPECT_EQ(inputs, expected);
    for (const auto& file : inputs) EXPECT_TRUE(fs::is_regular_file(file)) << file;
}

TEST(AtlasInputs, ListEachStyleFileOnceAndTheCompanionsGdalReads) {
    TempDir dir("atlas-inputs");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    // A style file beside the atlas for one map, a bundled one for the other.
    write_file(dir / "house.toml", "name = \"house\"\n[text]\ntitle_pt = 14\n");
    replace_in_file(dir / "atlas.toml", "id = \"crossings\"\n", "id = \"crossings\"\nstyle = \"house.toml\"\n");
    replace_in_file(dir / "atlas.toml", "id = \"rivers\"\n", "id = \"rivers\"\nstyle = \"grayscale\"\n");
    // A shapefile of boundaries (its .shx and .dbf are read with it) and a CSV's column types.
    replace_in_file(dir / "atlas.toml", "[indicators]", "[[boundaries]]\nfile = \"old/lines.shp\"\n\n[indicators]");
    fs::create_directories(dir / "old");
    for (const char* file : {"old/lines.shp", "old/lines.shx", "old/lines.dbf", "figures.csvt", "figures.csv.new", ".figures.csv.swp"})
        write_file(dir / file, "");

    const auto inputs = atlas_inputs(load_atlas(dir.path()));
    std::vector<fs::path> expected{dir / "atlas.toml",   dir / "figures.csv",   dir / "figures.csvt", dir / "sources.csv",
                                   dir / "old/lines.shp", dir / "old/lines.shx", dir / "old/lines.dbf"};
    for (const auto& file : bundled_geodata()) expected.push_back(file);
    expected.push_back(dir / "house.toml");
    expected.push_back(bundled_path("styles") / "grayscale.toml");
    EXPECT_EQ(inputs, expected);
}

TEST(AtlasInputs, ListTheFilesOfTheAtlassOwnGeodataFolder) {
    TempDir dir("atlas-inputs-geodata");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "sources = \"sources.csv\"\n", "sources = \"sources.csv\"\ngeodata = \"lines\"\n");
    const auto inputs = atlas_inputs(load_atlas(dir / "atlas.toml"));
    for (const auto& file : bordermap::geodata_files(dir / "lines"))
        EXPECT_NE(std::find(inputs.begin(), inputs.end(), file), inputs.end()) << file;
    for (const auto& file : bundled_geodata()) EXPECT_EQ(std::find(inputs.begin(), inputs.end(), file), inputs.end()) << file;
    EXPECT_EQ(bordermap::geodata_files(dir / "lines").size(), 6u);  // world.gpkg holds two layers
}

TEST(AtlasInputs, AtlasFileIsTheFileNamedOrAtlasTomlInTheFolderNamed) {
    const fs::path folder = fixtures_dir() / "small-atlas";
    EXPECT_EQ(bordermap::atlas_file(folder), folder / "atlas.toml");
    EXPECT_EQ(bordermap::atlas_file(folder / "other.toml"), folder / "other.toml");
}

}  // namespace
