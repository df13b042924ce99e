// Maps that do not mislead (tests/fixtures/honest-atlas: border towns with invented figures):
// circles of maps classed together on one scale, in print and in QGIS; a scale the atlas fixes;
// panels of one indicator on different days, each saying its period.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>

#include "bordermap/colour/colour.hpp"
#include "bordermap/colour/lab.hpp"
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
    // The line of the second panel, now a second 'may-6'.
    const std::string toml = read_file(dir / "atlas.toml");
    const auto line = 1 + std::count(toml.begin(), toml.begin() + static_cast<long>(toml.find("title = \"7 May\"")), '\n');
    EXPECT_TRUE(contains(result.err, "atlas.toml:" + std::to_string(line) + ":")) << "names the panel's line: " << result.err;
}

}  // namespace

namespace {

double colour_difference(const std::string& a, const std::string& b) {
    using namespace bordermap;
    return ciede2000(to_lab(Colour::hex(a)), to_lab(Colour::hex(b)));
}

// The colours of a map's two provinces, Liaoning and Jilin, as its GIS layer gives them.
std::pair<std::string, std::string> province_colours(const std::string& map) {
    std::string liaoning, jilin;
    const auto layer = read_json(out() / (map + ".geojson"));  // kept: a loop over a temporary's member would dangle
    for (const auto& f : layer["features"]) {
        if (f["properties"]["id"] == "CN-LN") liaoning = f["properties"]["colour"].get<std::string>();
        if (f["properties"]["id"] == "CN-JL") jilin = f["properties"]["colour"].get<std::string>();
    }
    return {liaoning, jilin};
}

TEST(HonestColours, CloseValuesLookCloseAndFarOnesFar) {
    // 3,381 and ≈ 3,500 used to be the palette's lightest and darkest class; 213 and 28,028 are far apart.
    const auto [close_a, close_b] = province_colours("close-values");
    const auto [far_a, far_b] = province_colours("far-values");
    const double close = colour_difference(close_a, close_b), far = colour_difference(far_a, far_b);
    EXPECT_LT(close, 8) << close_a << " " << close_b;
    EXPECT_GT(far, 40) << far_a << " " << far_b;
    EXPECT_LT(close, far / 5);
}

TEST(HonestColours, NoClassOfTheFixtureVanishesIntoTheSeaOrTheLand) {
    // The publication style's sea and land: Blues' lightest used to be lost against the sea.
    for (const char* map : {"households-1961", "households-1962", "far-values", "close-values", "letters-fixed-scale"}) {
        const auto layer = read_json(out() / (std::string(map) + ".geojson"));
        for (const auto& f : layer["features"]) {
            if (f["properties"]["colour"].is_null()) continue;
            const auto colour = f["properties"]["colour"].get<std::string>();
            EXPECT_GE(colour_difference(colour, "#e4eef5"), 4) << map << ": " << colour << " against the sea";
            EXPECT_GE(colour_difference(colour, "#e3e1dc"), 4) << map << ": " << colour << " against the land";
        }
    }
}

TEST(HonestColours, CheckWarnsWhenABreakSplitsCloseValues) {
    const auto r = run_bordermap({"check", (fixtures_dir() / "honest-atlas").string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto report = nlohmann::json::parse(r.out);
    std::vector<std::string> warned;
    for (const auto& f : report["findings"])
        if (f["code"] == "exaggerated_contrast") warned.push_back(f["message"].get<std::string>());
    ASSERT_EQ(warned.size(), 1u) << r.out;
    EXPECT_TRUE(contains(warned.front(), "close-values-split")) << warned.front();
    EXPECT_TRUE(contains(warned.front(), "3,381 (Liaoning) and 3,500 (Jilin)")) << warned.front();
}

TEST(HonestColours, CheckAndBuildWarnOfAClassLostAgainstTheSea) {
    // A sea of the very colour of a one-class map: nothing can move that class, so both warn.
    TempDir dir("honest-sea");
    copy_atlas(fixtures_dir() / "honest-atlas", dir.path());
    std::string toml = read_file(dir / "atlas.toml");
    const std::string one_class = "[[map]]\nid = \"one-class\"\nindicator = \"letters\"\nperiod = \"1961\"\nclasses = 1\n\n";
    write_file(dir / "atlas.toml", toml.insert(toml.find("[[map]]"), one_class) + "\n[style.colours]\nsea = \"#9ecae1\"\n");
    const auto check = run_bordermap({"check", dir.path().string()});
    EXPECT_TRUE(contains(check.err + check.out, "map 'one-class': the class '125 – 500' is hard to tell from the sea")) << check.err << check.out;
    const auto build = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string(), "-q"});
    ASSERT_EQ(build.exit_code, 0) << build.err;
    EXPECT_TRUE(contains(build.err, "map 'one-class': the class '125 – 500' is hard to tell from the sea")) << build.err;
}

}  // namespace

namespace {

TEST(HonestNesting, ACountryAndItsCapitalAreReportedKeptAndBothLabelled) {
    const auto r = run_bordermap({"check", (fixtures_dir() / "honest-atlas").string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> nested;
    const auto report = nlohmann::json::parse(r.out);
    for (const auto& f : report["findings"])
        if (f["code"] == "nested_regions") nested.push_back(f["message"].get<std::string>());
    ASSERT_EQ(nested.size(), 1u) << r.out;
    EXPECT_TRUE(contains(nested.front(), "map 'country-and-capital': Pyongyang lies within North Korea")) << nested.front();
    // The build warns alike, and keeps both regions in the layer.
    EXPECT_TRUE(contains(shared_atlas("honest").build.err, "Pyongyang lies within North Korea")) << shared_atlas("honest").build.err;
    const auto layer = read_json(out() / "country-and-capital.geojson");
    std::set<std::string> ids;
    for (const auto& f : layer["features"]) ids.insert(f["properties"]["id"].get<std::string>());
    EXPECT_EQ(ids, (std::set<std::string>{"KP", "KP-01"}));
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    // The capital, too small to hold its label, is labelled beside it.
    const std::string text = pdf_text(out() / "country-and-capital.pdf");
    for (const char* expected : {"North Korea", "40", "Pyongyang", "14"}) EXPECT_NE(text.find(expected), std::string::npos) << expected << " in\n" << text;
}

}  // namespace
