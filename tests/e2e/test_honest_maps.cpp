// Maps that do not mislead (tests/fixtures/honest-atlas: border towns with invented figures):
// circles of maps classed together on one scale, in print and in QGIS; a scale the atlas fixes;
// panels of one indicator on different days, each saying its period.
#include <gtest/gtest.h>

#include <regex>

#include "svg_shapes.hpp"
#include "test_support.hpp"

using namespace bordermap::test;

namespace {

const fs::path& out() { return shared_atlas("honest").out; }

// The style's largest circle (symbols.circle_max_mm = 7 in the publication style), in points.
constexpr double largest_radius_pt = 7 * 72 / 25.4;

// The value a QGIS style draws with the largest circle: the divisor of its size expression.
std::string qml_circle_reference(const fs::path& qml) {
    const std::string text = read_file(qml);
    std::smatch m;
    if (!std::regex_search(text, m, std::regex(R"re(sqrt\(abs\(&quot;value&quot;\) / ([0-9.e+-]+)\))re"))) return "(none in " + qml.string() + ")";
    return m[1];
}

std::string pdf_text(const fs::path& pdf) { return run_program("pdftotext", {pdf.string(), "-"}).out; }

TEST(HonestCircles, ASeriesClassedTogetherDrawsEveryValueOnOneScale) {
    ASSERT_EQ(shared_atlas("honest").build.exit_code, 0) << shared_atlas("honest").build.err;
    // 1,843 households (Yanji, 1961) is the largest value of the two maps: it has the largest circle,
    // and 44 households in 1962 a circle of √(44 / 1,843) of its radius, not one as large.
    const std::map<std::string, std::vector<double>> values{{"1961", {1843, 612, 420, 153}}, {"1962", {44, 30, 20, 12}}};
    for (const auto& [year, shown] : values) {
        const auto circles = svg_circles(out() / ("households-" + year + ".svg"));
        ASSERT_FALSE(circles.empty()) << year;
        for (double value : shown) {
            const double r = expected_radius(value, 1843, largest_radius_pt);
            EXPECT_TRUE(has_circle(circles, r)) << year << ": no circle of radius " << r << " pt for " << value;
        }
        double largest = 0;
        for (const auto& c : circles) largest = std::max(largest, c.r);
        EXPECT_NEAR(largest, expected_radius(shown.front(), 1843, largest_radius_pt), 0.1) << year << ": the largest circle is this map's largest value's";
    }
}

TEST(HonestCircles, TheQgisStylesOfASeriesScaleAlike) {
    EXPECT_EQ(qml_circle_reference(out() / "households-1961.qml"), "1843");
    EXPECT_EQ(qml_circle_reference(out() / "households-1962.qml"), "1843");
}

TEST(HonestCircles, AnAtlasMayFixTheScale) {
    // circle_reference = 1000: 500 letters is drawn at √½ of the largest radius, in print and in QGIS.
    const auto circles = svg_circles(out() / "letters-fixed-scale.svg");
    for (double value : {500.0, 250.0, 125.0}) EXPECT_TRUE(has_circle(circles, expected_radius(value, 1000, largest_radius_pt))) << value;
    EXPECT_EQ(qml_circle_reference(out() / "letters-fixed-scale.qml"), "1000");
}

TEST(HonestPanels, PanelsOfOneIndicatorOnDifferentDaysEachSayTheirPeriod) {
    for (const char* day : {"may-6", "may-7", "may-8"}) {
        const auto layer = read_json(out() / ("crossers-by-day-" + std::string(day) + ".geojson"));
        ASSERT_EQ(layer["features"].size(), 3u) << day;
    }
    EXPECT_EQ(read_json(out() / "crossers-by-day-may-8.geojson")["features"][0]["properties"]["period"], "1961-05-08");
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text(out() / "crossers-by-day.pdf");
    for (const char* expected : {"6 May 1961", "7 May 1961", "8 May 1961", "periods as given on each panel"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << "missing '" << expected << "' in:\n" << text;
    }
    // The page's period (1961) is no panel's: the legend must not claim it.
    EXPECT_EQ(text.find("1961, classes shared"), std::string::npos) << text;
}

TEST(HonestPanels, APanelIdUsedTwiceIsAnErrorThatSaysHowToFixIt) {
    TempDir dir("honest-panel-ids");
    copy_atlas(fixtures_dir() / "honest-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "id = \"may-7\"", "id = \"may-6\"");
    const auto result = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(result.exit_code, 0);
    EXPECT_TRUE(contains(result.err, "the panel id 'crossers-by-day-may-6' is used twice")) << result.err;
    EXPECT_TRUE(contains(result.err, "id = ")) << result.err;
    EXPECT_TRUE(contains(result.err, "atlas.toml:51")) << "names the panel's line: " << result.err;
}

}  // namespace
