// Places a map is about without figures for them (tests/fixtures/honest-atlas, invented figures):
// the towns its title names and those it lists in `places` are drawn and named, past the circles
// they lie under, never as missing data; `build -v` says which labels a map left out.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>

#include "page_words.hpp"
#include "svg_shapes.hpp"
#include "test_support.hpp"

using namespace bordermap::test;

namespace {

const fs::path& honest_out() { return shared_atlas("honest").out; }

// The four key places of map places-under-circles: Namyang and Manpo (named by its title, each
// under a large circle across the river), Hyesan and Sinuiju (its `places`).
const std::vector<std::string> key_places{"Namyang", "Manpo", "Hyesan", "Sinuiju"};

bool box_meets_circle(const PageWord& w, const SvgCircle& c) {
    const double x = std::clamp(c.cx, w.x_min, w.x_max), y = std::clamp(c.cy, w.y_min, w.y_max);
    return std::hypot(x - c.cx, y - c.cy) < c.r - 0.5;
}

TEST(KeyPlaces, TitleAndListedPlacesAreNamedClearOfTheCircles) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const PageWords page = page_words(honest_out() / "places-under-circles.pdf");
    const auto circles = svg_circles(honest_out() / "places-under-circles.svg");
    ASSERT_GE(circles.size(), 3u);  // Tumen City, Ji'an, Dandong (and the legend's)
    for (const std::string& place : key_places) {
        const auto word = std::find_if(page.words.begin(), page.words.end(), [&](const PageWord& w) { return w.text == place; });
        ASSERT_NE(word, page.words.end()) << place << " is not named on the page";
        for (const SvgCircle& c : circles) EXPECT_FALSE(box_meets_circle(*word, c)) << place << "'s name lies on the circle at " << c.cx << ", " << c.cy;
    }
    EXPECT_TRUE(layout_problems(page).empty());
}

TEST(KeyPlaces, ArePlacesNotMissingFigures) {
    // Not in the map's layer, not in its legend as "no data", not reported as left out.
    std::set<std::string> ids;
    const auto layer = read_json(honest_out() / "places-under-circles.geojson");  // kept: a loop over a temporary's member would dangle
    for (const auto& f : layer["features"]) ids.insert(f["properties"]["id"].get<std::string>());
    EXPECT_EQ(ids, (std::set<std::string>{"place-dandong", "place-jian", "place-tumen"}));
    const std::string& log = shared_atlas("honest").build.out;
    for (const std::string& place : key_places) EXPECT_EQ(log.find("places-under-circles: left out the label '" + place + "'"), std::string::npos) << log;
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = run_program("pdftotext", {(honest_out() / "places-under-circles.pdf").string(), "-"}).out;
    EXPECT_EQ(text.find("reported"), std::string::npos) << text;
}

TEST(KeyPlaces, TheLegendAndTheScaleBarKeepOffThem) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    // Sinuiju, in the bottom-left corner, is where the scale bar would go: the bar ("50 km") moves
    // to another corner, and the legend (its title's words) is nowhere near any key place's name.
    const PageWords page = page_words(honest_out() / "places-under-circles.pdf");
    const auto find = [&](const std::string& text) {
        const auto w = std::find_if(page.words.begin(), page.words.end(), [&](const PageWord& x) { return x.text == text; });
        return w == page.words.end() ? std::optional<PageWord>{} : std::optional<PageWord>{*w};
    };
    const auto sinuiju = find("Sinuiju"), km = find("km");
    ASSERT_TRUE(sinuiju && km);
    EXPECT_GT(std::abs(km->y_min - sinuiju->y_min), 72.0) << "the scale bar sits by Sinuiju";
}

TEST(KeyPlaces, ATownListedAsARegionWithoutAFigureIsReported) {
    const auto r = run_bordermap({"check", (fixtures_dir() / "honest-atlas").string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto report = nlohmann::json::parse(r.out);
    std::vector<nlohmann::json> found;
    for (const auto& f : report["findings"])
        if (f["code"] == "town_without_figure") found.push_back(f);
    ASSERT_EQ(found.size(), 1u) << r.out;
    EXPECT_TRUE(contains(found.front()["message"].get<std::string>(), "map 'town-as-no-data': the town Linjiang is listed in `regions`"));
    EXPECT_TRUE(contains(found.front()["fix"].get<std::string>(), "places = [\"Linjiang\"]"));
    EXPECT_TRUE(contains(found.front()["where"].get<std::string>(), "atlas.toml:"));
    // build warns alike.
    EXPECT_TRUE(contains(shared_atlas("honest").build.err, "the town Linjiang is listed in `regions`")) << shared_atlas("honest").build.err;
}

TEST(KeyPlaces, APlacesEntryThatIsARegionIsRefused) {
    const TempDir dir("key-places-region");
    copy_atlas(fixtures_dir() / "honest-atlas", dir.path());
    replace_in_file(dir.path() / "atlas.toml", "places = [\"Hyesan\", \"Sinuiju\"]", "places = [\"Hyesan\", \"Liaoning\"]");
    const auto r = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(r.exit_code, 0);
    // check reports on stdout, with the file and line of the map.
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(atlas\.toml:[0-9]+: error: 'Liaoning' in the places of map 'places-under-circles' is a region, not a place)"))) << r.out;
    EXPECT_TRUE(contains(r.out, "List regions to show without a figure in `regions`")) << r.out;
}

TEST(BuildVerbose, ListsEveryLabelLeftOutAndWhy) {
    // The honest atlas is built with -v: its narrow maps leave out some town and country names.
    const std::string& log = shared_atlas("honest").build.out;
    const std::regex line(R"(\n  [a-z0-9-]+(, panel [^:]+)?: left out the label '[^']+' \([a-z].+\)\n)");
    EXPECT_TRUE(std::regex_search(log, line)) << log;
}

}  // namespace
