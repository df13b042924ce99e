// The small fixture atlas: old romanizations and scripts resolved, tables read in every GDAL format.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

json feature(const json& collection, const std::string& id) {
    for (const auto& f : collection["features"])
        if (f["properties"]["id"] == id) return f;
    return json();
}

fs::path small_atlas() { return fixtures_dir() / "small-atlas"; }

}  // namespace

TEST(FixtureAtlas, OldNamesAndScriptsResolveToTheirProvinces) {
    TempDir out("fixture");
    const auto r = run_bordermap({"build", small_atlas().string(), "-o", out.path().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json layer = read_json(out / "crossings.geojson");
    const json jilin = feature(layer, "CN-JL");
    EXPECT_EQ(jilin["properties"]["value"], 1200);
    EXPECT_EQ(jilin["properties"]["region_as_written"], "Kirin");
    EXPECT_EQ(jilin["properties"]["collector"], "alpha") << "extra columns are carried through";
    const json liaoning = feature(layer, "CN-LN");
    EXPECT_EQ(liaoning["properties"]["value"], 450);
    EXPECT_EQ(liaoning["properties"]["qualifier"], "about");
    EXPECT_EQ(liaoning["properties"]["region_as_written"], "遼寧省");
    EXPECT_TRUE(feature(layer, "CN-HL")["properties"]["value"].is_null());

    const json rivers = read_json(out / "rivers.geojson");
    EXPECT_EQ(feature(rivers, "river-yalu")["properties"]["value"], 30);
    EXPECT_EQ(feature(rivers, "river-tumen")["properties"]["value"], 12);
    EXPECT_EQ(feature(rivers, "river-tumen")["properties"]["qualifier"], "at_least");
    EXPECT_EQ(list_files(out.path()),
              (std::vector<std::string>{".bordermap-manifest.json", "atlas.gpkg", "crossings.geojson", "crossings.pdf", "crossings.png", "crossings.provenance.json",
                                        "crossings.qml", "crossings.sld", "crossings.svg", "figures_lines.geojson", "figures_polygons.geojson",
                                        "index.html", "rivers.geojson", "rivers.png", "rivers.provenance.json", "rivers.qml", "rivers.sld"}));
}

TEST(FixtureAtlas, SourceLineAndFootnoteComeFromTheFigures) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    TempDir out("fixture-pdf");
    ASSERT_EQ(run_bordermap({"build", small_atlas().string(), "-o", out.path().string(), "-q"}).exit_code, 0);
    const auto text = run_program("pdftotext", {(out / "crossings.pdf").string(), "-"}).out;
    for (const char* expected : {"Sources: Test document A, 1962, ARCHIVE 1-2-3, p. 2.", "Test document B, 1963.",
                                 "* Liaoning: January 1961 \u2013 March 1962.", "\u2248 450*", "1,200"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << "missing '" << expected << "' in:\n" << text;
    }
}

// The same figures as CSV, XLSX, ODS and GeoPackage give the same layer.
// A GDAL driver that can hold a figures table, and its file extension.
struct TableFormat {
    const char* driver;
    const char* extension;
};
void PrintTo(const TableFormat& f, std::ostream* out) { *out << f.extension; }  // names the test in CTest

class FiguresFormat : public testing::TestWithParam<TableFormat> {};

TEST_P(FiguresFormat, GivesTheSameLayerAsCsv) {
    if (!program_available("ogr2ogr")) GTEST_SKIP() << "gdal-bin is not installed (scripts/install-deps.sh installs it)";
    const auto [driver, extension] = GetParam();
    TempDir dir("formats");
    for (const char* file : {"atlas.toml", "sources.csv"}) fs::copy_file(small_atlas() / file, dir / file);
    const std::string table = std::string("figures.") + extension;
    const auto converted = run_program("ogr2ogr", {"-f", driver, (dir / table).string(), (small_atlas() / "figures.csv").string(),
                                                   "-nln", "figures"});
    ASSERT_EQ(converted.exit_code, 0) << converted.err;
    std::string atlas = read_file(dir / "atlas.toml");
    const std::string line = "figures = \"figures.csv\"";
    atlas.replace(atlas.find(line), line.size(), "figures = \"" + table + "\"");
    write_file(dir / "atlas.toml", atlas);

    const SharedAtlas& reference = shared_atlas("fixture");  // the same atlas from figures.csv
    ASSERT_EQ(reference.build.exit_code, 0) << reference.build.err;
    const auto r = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json expected = read_json(reference.out / "crossings.geojson"), actual = read_json(dir / "out" / "crossings.geojson");
    ASSERT_EQ(actual["features"].size(), expected["features"].size());
    for (std::size_t i = 0; i < expected["features"].size(); ++i) {
        auto e = expected["features"][i]["properties"], a = actual["features"][i]["properties"];
        // A spreadsheet's rows are named as the sheet numbers them: the CSV's line 2 is the sheet's row 2.
        const std::string csv_row = e["figure_row"].is_null() ? "" : e["figure_row"].get<std::string>();
        if (std::string(extension) != "gpkg" && !csv_row.empty()) {
            EXPECT_EQ(a["figure_row"], table + ": row " + csv_row.substr(csv_row.find(':') + 1)) << driver;
        }
        e.erase("figure_row");
        a.erase("figure_row");
        EXPECT_EQ(a, e) << driver;
    }
}

INSTANTIATE_TEST_SUITE_P(Gdal, FiguresFormat,
                         testing::Values(TableFormat{"XLSX", "xlsx"}, TableFormat{"ODS", "ods"}, TableFormat{"GPKG", "gpkg"}),
                         [](const auto& format) { return std::string(format.param.extension); });

TEST(Render, OneMapFromOptionsWithoutAnAtlas) {
    TempDir out("render");
    const auto r = run_bordermap({"render", "--figures", (small_atlas() / "figures.csv").string(), "--sources",
                                  (small_atlas() / "sources.csv").string(), "--indicator", "crossings", "--label", "Crossings",
                                  "--period", "1961", "--format", "png,geojson", "--width-mm", "90", "--height-mm", "100",
                                  "--dpi", "72", "-o", out.path().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(list_files(out.path()),
              (std::vector<std::string>{"crossings-1961.geojson", "crossings-1961.png", "crossings-1961.provenance.json", "crossings-1961.qml", "crossings-1961.sld"}));
    const auto size = compare_png(out / "crossings-1961.png", out / "crossings-1961.png");
    EXPECT_EQ(size.width_a, 255);   // 90 mm at 72 dpi
    EXPECT_EQ(size.height_a, 283);  // 100 mm at 72 dpi
    EXPECT_EQ(feature(read_json(out / "crossings-1961.geojson"), "CN-JL")["properties"]["value"], 1200);
}
