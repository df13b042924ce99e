// The main job on the bundled example: every output exists, is valid, and shows the document's figures.
#include <gtest/gtest.h>

#include <algorithm>

#include <cpl_minixml.h>

#include <map>
#include <regex>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

class ExampleBuild : public testing::Test {
protected:
    static const fs::path& out() { return shared_atlas("example").out; }
    static const RunResult& result() { return shared_atlas("example").build; }

    static json feature(const json& collection, const std::string& id) {
        for (const auto& f : collection["features"])
            if (f["properties"]["id"] == id) return f;
        return json();
    }
};

// Twice the signed area of a ring (positive when counter-clockwise).
double signed_area(const json& ring) {
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        sum += ring[i][0].get<double>() * ring[i + 1][1].get<double>() - ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    }
    return sum;
}

}  // namespace

TEST_F(ExampleBuild, SucceedsAndSaysWhereTheMapsWent) {
    ASSERT_EQ(result().exit_code, 0) << result().err;
    EXPECT_NE(result().out.find(out().string()), std::string::npos) << result().out;
    EXPECT_NE(result().out.find("8 maps, 69 files"), std::string::npos) << result().out;
}

TEST_F(ExampleBuild, WritesEveryFormatOfEveryMapAndNothingElse) {
    std::vector<std::string> expected{".bordermap-manifest.json", "atlas.gpkg", "index.html"};  // the build's record, and the GeoPackage
    for (const char* map : {"bodies-found-1961", "crossings-1961-per-month", "crossings-1961", "crossings-per-month-1961", "crossings-per-month-1962-01"})
        for (const char* ext : {".geojson", ".pdf", ".png", ".provenance.json", ".qml", ".sld", ".svg"}) expected.push_back(std::string(map) + ext);
    for (const char* panel : {"crossed-to-dprk", "remaining-in-dprk", "sent-back-by-dprk"})
        for (const char* ext : {".geojson", ".provenance.json", ".qml", ".sld"}) expected.push_back(std::string("crossers-1961-") + panel + ext);
    for (const char* ext : {".pdf", ".png", ".svg"}) expected.push_back(std::string("crossers-1961") + ext);
    for (const char* layer : {"figures_lines", "figures_points", "figures_polygons"}) expected.push_back(std::string(layer) + ".geojson");
    for (const char* ext : {".geojson", ".pdf", ".png", ".provenance.json", ".qml", ".sld", ".svg"}) expected.push_back(std::string("letters-1961") + ext);
    for (const char* ext : {".geojson", ".pdf", ".png", ".provenance.json", ".qml", ".sld", ".svg"}) expected.push_back(std::string("sent-back-1961") + ext);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(list_files(out()), expected);  // no temporaries left behind
}

TEST_F(ExampleBuild, CrossingsLayerCarriesTheDocumentsFigures) {
    const json layer = read_json(out() / "crossings-1961.geojson");
    EXPECT_EQ(layer["type"], "FeatureCollection");
    EXPECT_FALSE(layer.contains("crs")) << "RFC 7946 GeoJSON has no crs member";
    ASSERT_EQ(layer["features"].size(), 3u);

    const json jilin = feature(layer, "CN-JL");
    ASSERT_FALSE(jilin.is_null());
    EXPECT_EQ(jilin["properties"]["value"], 28028);
    EXPECT_TRUE(jilin["properties"]["value"].is_number());
    EXPECT_EQ(jilin["properties"]["qualifier"], "exact");
    EXPECT_EQ(jilin["properties"]["period"], "1961");
    EXPECT_EQ(jilin["properties"]["name_zh"], "吉林");
    EXPECT_EQ(jilin["properties"]["region_as_written"], "Jilin Province");
    EXPECT_EQ(jilin["properties"]["archive_ref"], "PRC FMA 118-01025-02");
    EXPECT_EQ(jilin["properties"]["figure_row"], "figures.csv:2");
    EXPECT_EQ(jilin["properties"]["reported_by"], "Jilin Provincial Public Security Department") << "extra columns are carried";
    EXPECT_EQ(jilin["properties"]["class"], 2);

    const json liaoning = feature(layer, "CN-LN");
    EXPECT_EQ(liaoning["properties"]["value"], 8237);
    EXPECT_EQ(liaoning["properties"]["period"], "1961-01/1962-03");
    EXPECT_EQ(liaoning["properties"]["period_differs"], 1);
    EXPECT_EQ(liaoning["properties"]["class"], 1);

    const json heilongjiang = feature(layer, "CN-HL");
    ASSERT_FALSE(heilongjiang.is_null());
    EXPECT_TRUE(heilongjiang["properties"]["value"].is_null()) << "no data must not become zero";
    EXPECT_EQ(heilongjiang["properties"]["qualifier"], "not_reported") << "the reason a figure is missing is kept";
    EXPECT_TRUE(heilongjiang["properties"]["class"].is_null());
    EXPECT_EQ(heilongjiang["properties"]["class_label"], "Not reported");
}

TEST_F(ExampleBuild, PerMonthSeriesShowsJilinsUnchangedPaceInOneClass) {
    // Jilin: 28,028 in 1961 (2,336 a month) and 2,323 in January 1962; classed together, one class.
    const json year = read_json(out() / "crossings-per-month-1961.geojson"), january = read_json(out() / "crossings-per-month-1962-01.geojson");
    const json jilin_year = feature(year, "CN-JL")["properties"], jilin_january = feature(january, "CN-JL")["properties"];
    EXPECT_EQ(jilin_january["value"], 2323);
    EXPECT_EQ(jilin_year["figure_value"], 28028);
    EXPECT_EQ(jilin_year["class_label"], "2,323 \u2013 2,336");
    EXPECT_EQ(jilin_january["class_label"], jilin_year["class_label"]);
    EXPECT_EQ(jilin_january["colour"], jilin_year["colour"]);
    // Liaoning's one figure spans both periods: in both maps, in the other class.
    EXPECT_EQ(feature(january, "CN-LN")["properties"]["period"], "1961-01/1962-03");
    EXPECT_EQ(feature(january, "CN-LN")["properties"]["class_label"], "549");
    EXPECT_EQ(read_json(out() / "crossings-per-month-1962-01.provenance.json")["map"]["classes_shared_by"], "crossings-per-month");
}

TEST_F(ExampleBuild, GeoJsonIsWgs84WithRightHandWindingAndBbox) {
    const json layer = read_json(out() / "crossings-1961.geojson");
    ASSERT_TRUE(layer.contains("bbox"));
    for (const auto& f : layer["features"]) {
        const auto& geometry = f["geometry"];
        ASSERT_TRUE(geometry["type"] == "MultiPolygon" || geometry["type"] == "Polygon") << geometry["type"];
        const auto polygons = geometry["type"] == "Polygon" ? json::array({geometry["coordinates"]}) : geometry["coordinates"];
        for (const auto& polygon : polygons) {
            EXPECT_GT(signed_area(polygon[0]), 0) << "exterior rings are counter-clockwise";
            for (std::size_t hole = 1; hole < polygon.size(); ++hole) EXPECT_LT(signed_area(polygon[hole]), 0);
            for (const auto& point : polygon[0]) {
                EXPECT_GE(point[0].get<double>(), 115.0);
                EXPECT_LE(point[0].get<double>(), 136.0);
                EXPECT_GE(point[1].get<double>(), 38.0);
                EXPECT_LE(point[1].get<double>(), 54.0);
            }
        }
    }
}

// One figure for the Yalu and the Tumen together is one feature of both rivers: a GIS user summing
// the layer must not count it twice.
TEST_F(ExampleBuild, RiverLayerJoinsTheGroupFigureToBothRiversAsOneFeature) {
    const json layer = read_json(out() / "bodies-found-1961.geojson");
    ASSERT_EQ(layer["features"].size(), 1u);
    const json river = feature(layer, "group-yalu-tumen");
    ASSERT_FALSE(river.is_null());
    EXPECT_EQ(river["geometry"]["type"], "MultiLineString");
    EXPECT_GE(river["geometry"]["coordinates"].size(), 2u) << "both rivers' lines";
    EXPECT_EQ(river["properties"]["value"], 243);
    EXPECT_EQ(river["properties"]["kind"], "river");
    EXPECT_EQ(river["properties"]["region_as_written"], "Yalu River and Tumen River");
}

TEST_F(ExampleBuild, PointFigureIsAProportionalCircleNamedForTheUnitItStandsFor) {
    const json layer = read_json(out() / "letters-1961.geojson");
    ASSERT_EQ(layer["features"].size(), 1u);
    const json& yanji = layer["features"][0];
    EXPECT_EQ(yanji["geometry"]["type"], "Point");
    EXPECT_EQ(yanji["properties"]["id"], "place-yanji");
    EXPECT_EQ(yanji["properties"]["value"], 2667);
    // The figure is Yanbian prefecture's, drawn at its seat: the label names the prefecture.
    EXPECT_EQ(yanji["properties"]["label"], "Yanbian Korean Autonomous Prefecture");
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = run_program("pdftotext", {"-layout", (out() / "letters-1961.pdf").string(), "-"}).out;
    for (const char* expected : {"Yanbian Korean Autonomous Prefecture", "2,667"}) {
        EXPECT_TRUE(text.find(expected) != std::string::npos) << "missing '" << expected << "' in:\n" << text;
    }
    // The circles' legend shows the one circle drawn: no round sizes (1,000, 200) that no circle comes near.
    for (const char* unexpected : {"1,000", "200"}) EXPECT_EQ(text.find(unexpected), std::string::npos) << "'" << unexpected << "' in:\n" << text;
}

TEST_F(ExampleBuild, PdfIsOnePageOfTheRequestedSizeWithSearchableText) {
    if (!program_available("pdfinfo")) GTEST_SKIP() << "poppler-utils is not installed (scripts/install-deps.sh installs it)";
    const auto info = run_program("pdfinfo", {(out() / "crossings-1961.pdf").string()});
    ASSERT_EQ(info.exit_code, 0) << info.err;
    EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages: +1\n"))) << info.out;
    // 175 × 190 mm in points.
    EXPECT_NE(info.out.find("496.063 x 538.583 pts"), std::string::npos) << info.out;
    const auto text = run_program("pdftotext", {(out() / "crossings-1961.pdf").string(), "-"});
    ASSERT_EQ(text.exit_code, 0);
    for (const char* expected : {"Ethnic Koreans crossing into North Korea, 1961", "Jilin", "28,028", "8,237", "Not reported", "not reported",
                                 "PRC FMA 118-01025-02", "January 1961", "Heilongjiang"}) {
        EXPECT_NE(text.out.find(expected), std::string::npos) << "missing '" << expected << "' in:\n" << text.out;
    }
    const auto fonts = run_program("pdffonts", {(out() / "crossings-1961.pdf").string()});
    ASSERT_EQ(fonts.exit_code, 0);
    EXPECT_EQ(fonts.out.find(" no  "), std::string::npos) << "every font is embedded:\n" << fonts.out;
}

TEST_F(ExampleBuild, SvgParsesWithThePageSize) {
    const std::string svg = read_file(out() / "crossings-1961.svg");
    CPLXMLNode* root = CPLParseXMLString(svg.c_str());
    ASSERT_NE(root, nullptr) << "the SVG is not well-formed XML";
    const CPLXMLNode* element = CPLSearchXMLNode(root, "=svg");
    ASSERT_NE(element, nullptr);
    EXPECT_NEAR(std::stod(CPLGetXMLValue(element, "width", "0")), 496.063, 0.001);  // 175 mm in points
    EXPECT_NEAR(std::stod(CPLGetXMLValue(element, "height", "0")), 538.583, 0.001);  // 190 mm
    EXPECT_TRUE(std::string(CPLGetXMLValue(element, "width", "")).ends_with("pt"));
    CPLDestroyXMLNode(root);
}

TEST_F(ExampleBuild, PngHasTheRequestedPixelSize) {
    // 175 × 190 mm at 200 dpi.
    const auto d = compare_png(out() / "crossings-1961.png", out() / "crossings-1961.png");
    EXPECT_EQ(d.width_a, 1378);
    EXPECT_EQ(d.height_a, 1496);
}

// The PDF's document information, as poppler reads it: what the map shows and where it belongs.
TEST_F(ExampleBuild, PdfSaysWhatItShowsInItsDocumentInformation) {
    if (!program_available("pdfinfo")) GTEST_SKIP() << "poppler-utils is not installed (scripts/install-deps.sh installs it)";
    const auto one = run_program("pdfinfo", {(out() / "crossings-1961.pdf").string()});
    ASSERT_EQ(one.exit_code, 0) << one.err;
    EXPECT_TRUE(contains(one.out, "Title:           Ethnic Koreans crossing into North Korea, 1961\n")) << one.out;
    EXPECT_TRUE(contains(one.out, "Subject:         People crossing into North Korea, 1961\n")) << one.out;
    EXPECT_TRUE(contains(one.out, "Keywords:        The Sino-Korean border, 1957-1962; People crossing into North Korea; 1961\n")) << one.out;
    EXPECT_FALSE(contains(one.out, "Author:")) << "the example names no credits, so no author:\n" << one.out;
    // Small multiples: every panel's indicator.
    const auto panels = run_program("pdfinfo", {(out() / "crossers-1961.pdf").string()});
    EXPECT_TRUE(contains(panels.out, "Subject:         People crossing into North Korea; Crossers sent back by North Korea; "
                                     "Crossers remaining in North Korea, 1961\n")) << panels.out;
}

TEST(PdfInformation, TheCreditsAreTheAuthor) {
    if (!program_available("pdfinfo")) GTEST_SKIP() << "poppler-utils is not installed (scripts/install-deps.sh installs it)";
    TempDir dir("pdf-author");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "[[map]]\nid = \"crossings\"\n", "[[map]]\nid = \"crossings\"\ncredits = \"Map: an invented mapmaker, 2026\"\n");
    const auto r = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto info = run_program("pdfinfo", {(dir / "out" / "crossings.pdf").string()});
    EXPECT_TRUE(contains(info.out, "Author:          Map: an invented mapmaker, 2026\n")) << info.out;
    EXPECT_TRUE(contains(info.out, "Keywords:        Test atlas; ")) << info.out;
}

// Read by Python's zlib, not by our code: every chunk's CRC, and the pHYs chunk's pixels per metre.
TEST_F(ExampleBuild, PngStatesItsResolution) {
    const char* reader = R"PY(
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
at, found = 8, None
while at < len(data):
    length, kind = struct.unpack(">I4s", data[at:at + 8])
    body = data[at + 8:at + 8 + length]
    crc, = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
    assert zlib.crc32(kind + body) == crc, "bad CRC in " + kind.decode()
    if kind == b"pHYs":
        found = struct.unpack(">IIB", body)
    at += 12 + length
print(found)
)PY";
    for (const char* map : {"crossings-1961", "crossers-1961", "letters-1961"}) {
        const RunResult r = run_program("/usr/bin/python3", {"-c", reader, (out() / (std::string(map) + ".png")).string()});
        ASSERT_EQ(r.exit_code, 0) << map << ": " << r.err;
        // The example's 200 dpi: 7874 pixels per metre on both axes, the unit being the metre (1).
        EXPECT_EQ(r.out, "(7874, 7874, 1)\n") << map;
    }
}

TEST(ExampleBuildDefaults, WithoutArgumentsBuildsTheBundledExampleFromAnyFolder) {
    TempDir cwd("default-atlas");
    const auto r = run_bordermap({"build", "-o", "maps", "--quiet"}, cwd.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(cwd / "maps" / "crossings-1961.png"));
    EXPECT_NE(r.out.find((cwd / "maps").string()), std::string::npos) << r.out;
}

TEST(ExampleBuildDefaults, RunningTwiceGivesTheSameFiles) {
    // A second, independent build of the example (the first is the suite's shared one).
    const fs::path first = shared_atlas("example").out;
    TempDir out("twice");
    const auto r = run_bordermap({"build", example_dir().string(), "-o", out.path().string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* file : {"crossings-1961.geojson", "crossings-1961.png", "crossings-1961.pdf", "crossings-1961.svg", "atlas.gpkg", "index.html"})
        EXPECT_EQ(read_file(out / file), read_file(first / file)) << file << ": the same inputs give the same bytes";
    EXPECT_EQ(read_file(out / "crossings-1961.pdf").find("/CreationDate"), std::string::npos) << "no date unless SOURCE_DATE_EPOCH";
}

TEST(ExampleCheck, ReportsEveryMapAndSucceeds) {
    const auto r = run_bordermap({"check", example_dir().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Jilin 28,028"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Heilongjiang not reported"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("8 maps: OK"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("0 errors"), std::string::npos) << r.out;
}
