// Styles chosen by the atlas or the command line, furniture, and SVG text an editor can change.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

RunResult build(const fs::path& atlas, const fs::path& out, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"build", atlas.string(), "-o", out.string(), "-q"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_bordermap(args);
}

bool is_grey_hex(const std::string& hex) { return hex.size() == 7 && hex.substr(1, 2) == hex.substr(3, 2) && hex.substr(3, 2) == hex.substr(5, 2); }

}  // namespace

TEST(Styles, GrayscaleStyleGreysTheClassesAndSaysSoInTheProvenance) {
    TempDir out("style-grayscale");
    const auto r = build(example_dir(), out.path(), {"--style", "grayscale"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json layer = read_json(out / "crossings-1961.geojson");
    for (const auto& f : layer["features"]) {
        if (f["properties"]["colour"].is_null()) continue;
        EXPECT_TRUE(is_grey_hex(f["properties"]["colour"])) << f["properties"]["colour"];
    }
    const json provenance = read_json(out / "crossings-1961.provenance.json");
    EXPECT_EQ(provenance["style"]["name"], "grayscale");
    EXPECT_EQ(provenance["style"]["version"], "1");
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = run_program("pdftotext", {(out / "crossings-1961.pdf").string(), "-"}).out;
    EXPECT_TRUE(contains(text, "40\u00b0N")) << "the graticule's degrees on the frame:\n" << text;
    EXPECT_TRUE(contains(text, "130\u00b0E")) << text;
}

TEST(Styles, TheAtlasPicksAStyleAndOverridesSingleValues) {
    TempDir dir("style-atlas");
    copy_atlas(example_dir(), dir.path());
    replace_in_file(dir / "atlas.toml", "[indicators]", "[style]\ntext.title_pt = 15\nfurniture.north_arrow = false\n\n[indicators]");
    replace_in_file(dir / "atlas.toml", "palette = \"Blues\"", "palette = \"Blues\"\nstyle = \"slide\"");
    const auto r = build(dir.path(), dir / "out");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(read_json(dir / "out/bodies-found-1961.provenance.json")["style"]["name"], "slide");
    EXPECT_EQ(read_json(dir / "out/crossings-1961.provenance.json")["style"]["name"], "publication");
    if (!program_available("pdffonts")) GTEST_SKIP() << "poppler-utils is not installed";
    // The title's size is the override's 15 pt, in both styles.
    for (const char* map : {"crossings-1961", "bodies-found-1961"}) {
        const std::string bbox = run_program("pdftotext", {"-bbox", (dir / "out" / (std::string(map) + ".pdf")).string(), "-"}).out;
        std::smatch m;
        ASSERT_TRUE(std::regex_search(bbox, m, std::regex("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">Ethnic|yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">Bodies")))
            << bbox.substr(0, 2000);
        const double height = m[1].matched ? std::stod(m[2]) - std::stod(m[1]) : std::stod(m[4]) - std::stod(m[3]);
        EXPECT_NEAR(height, 15 * 1.36, 3) << map << ": the title's line height follows its size";
    }
}

TEST(Styles, BadStyleSettingsNameTheirLineOrOption) {
    TempDir dir("style-bad");
    copy_atlas(example_dir(), dir.path());
    replace_in_file(dir / "atlas.toml", "[indicators]", "[style]\ntext.titel_pt = 15\n\n[indicators]");
    auto r = build(dir.path(), dir / "out");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "atlas.toml:12")) << r.err;
    EXPECT_TRUE(contains(r.err, "unknown style setting 'text.titel_pt'")) << r.err;
    EXPECT_FALSE(fs::exists(dir / "out")) << "no partial output";

    r = build(example_dir(), dir / "out2", {"--style", "neon"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "--style")) << r.err;
    EXPECT_TRUE(contains(r.err, "grayscale, publication, slide")) << r.err;
    r = build(example_dir(), dir / "out3", {"--set", "furniture.inset=maybe"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "--set")) << r.err;
    EXPECT_TRUE(contains(r.err, "'furniture.inset=maybe' is not a setting")) << r.err;
}

// The example's shared build (tests/CMakeLists.txt), at its own or at 100 dpi.
fs::path shared_example(const std::string& name = "example") {
    const SharedAtlas& example = shared_atlas(name);
    EXPECT_EQ(example.build.exit_code, 0) << example.build.err;
    return example.out;
}

TEST(SvgText, TitleLegendAndLabelsAreTextElementsOneLabelEach) {
    const std::string svg = read_file(shared_example() / "crossings-1961.svg");
    for (const char* expected : {">Ethnic Koreans crossing into North Korea, 1961</tspan>", ">People crossing into North Korea</tspan>",
                                 ">28,028</tspan>", ">Not reported</tspan>", ">Andong</tspan>", ">200 km</tspan>"}) {
        EXPECT_TRUE(contains(svg, expected)) << expected;
    }
    // A label is one <text>: its name and its value are two lines of it.
    EXPECT_TRUE(std::regex_search(svg, std::regex("<text [^>]*><tspan [^>]*>Jilin</tspan><tspan [^>]*>28,028</tspan></text>")));
    EXPECT_TRUE(contains(svg, "paint-order=\"stroke\"")) << "labels keep their halo";
    EXPECT_TRUE(contains(svg, "font-family=\"Noto Sans,"));
}

TEST(SvgText, RendersLikeThePng) {
    if (!program_available("rsvg-convert")) GTEST_SKIP() << "librsvg2-bin is not installed";
    TempDir dir("svg-render");
    const fs::path out = shared_example("example-100dpi");
    // Our PNG's pixel size (rsvg-convert would round the height the other way).
    const ImageDifference size = compare_png(out / "crossings-1961.png", out / "crossings-1961.png");
    const auto r = run_program("rsvg-convert", {"-w", std::to_string(size.width_a), "-h", std::to_string(size.height_a),
                                                 (out / "crossings-1961.svg").string(), "-o", (dir / "svg.png").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const ImageDifference d = compare_png(dir / "svg.png", out / "crossings-1961.png");
    ASSERT_EQ(d.width_a, d.width_b);
    ASSERT_EQ(d.height_a, d.height_b);
    // The shapes coincide pixel for pixel; only glyphs differ a little (librsvg sets our <text> with its
    // own rasteriser and sub-pixel positions), about 3% of pixels on this map, all of them on text.
    EXPECT_LT(d.differing_fraction, 0.05) << "the SVG (shapes by Cairo, text by us) looks like the PNG";
    EXPECT_LT(d.mean_abs_difference, 4.0);
}

TEST(SmallMultiples, PanelsShareOneClassificationAndOneLegend) {
    const fs::path out = shared_example();
    // Every panel's layer uses the same classes: equal values get equal colours and labels.
    std::map<std::string, std::string> colour_of_label;
    for (const char* panel : {"crossed-to-dprk", "sent-back-by-dprk", "remaining-in-dprk"}) {
        const json layer = read_json(out / (std::string("crossers-1961-") + panel + ".geojson"));
        for (const auto& f : layer["features"]) {
            if (f["properties"]["colour"].is_null()) continue;
            const std::string label = f["properties"]["class_label"], colour = f["properties"]["colour"];
            const auto [it, inserted] = colour_of_label.emplace(label, colour);
            EXPECT_EQ(it->second, colour) << panel << ": class " << label;
        }
        // QGIS gets the shared classes too: five value ranges and the no-data one in every panel's style.
        const std::string qml = read_file(out / (std::string("crossers-1961-") + panel + ".qml"));
        std::size_t ranges = 0;
        for (auto at = qml.find("<range "); at != std::string::npos; at = qml.find("<range ", at + 1)) ++ranges;
        EXPECT_EQ(ranges, std::string(panel) == "remaining-in-dprk" ? 5u : 6u) << panel;
        EXPECT_EQ(read_json(out / (std::string("crossers-1961-") + panel + ".provenance.json"))["map"]["id"],
                  std::string("crossers-1961-") + panel);
    }
    EXPECT_EQ(colour_of_label.size(), 5u) << "28,028, 8,237, 7,034, 2,361 and 213 are five classes across the panels";
    EXPECT_FALSE(fs::exists(out / "crossers-1961-crossed-to-dprk.pdf")) << "the panels are drawn together, not alone";
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = run_program("pdftotext", {(out / "crossers-1961.pdf").string(), "-"}).out;
    for (const char* expected : {"Crossers into North Korea and what became of them, 1961", "Crossed", "Sent back by North Korea",
                                 "Still in North Korea", "classes shared by all panels", "7,034", "28,028"}) {
        EXPECT_TRUE(contains(text, expected)) << expected << " in:\n" << text;
    }
    std::size_t notes = 0;
    for (auto at = text.find("* Liaoning:"); at != std::string::npos; at = text.find("* Liaoning:", at + 1)) ++notes;
    EXPECT_EQ(notes, 1u) << "one footnote for Liaoning's span, not one per panel";
}

TEST(SmallMultiples, PanelsMustCountTheSameThing) {
    TempDir dir("multiples-units");
    copy_atlas(example_dir(), dir.path());
    replace_in_file(dir / "atlas.toml", "{ indicator = \"remaining_in_dprk\", title = \"Still in North Korea\" },",
                    "{ indicator = \"bodies_found\", title = \"Bodies\" },");
    auto r = build(dir.path(), dir / "out");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "count different things ('people', 'bodies')")) << r.err;
    replace_in_file(dir / "atlas.toml", "{ indicator = \"bodies_found\", title = \"Bodies\" },", "{ indicator = \"nothing\", colour = 1 },");
    r = build(dir.path(), dir / "out");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "unknown key 'colour' in a panel")) << r.err;
}

TEST(Legend, AnAtLeastHighestValueLeavesTheTopClassOpen) {
    TempDir dir("open-classes");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "figures.csv", "Kirin,crossings,\"1,200\",exact,", "Kirin,crossings,\"1,200\",at_least,");
    ASSERT_EQ(build(dir.path(), dir / "out").exit_code, 0);
    std::vector<std::string> labels;
    const json crossings = read_json(dir / "out/crossings.geojson");
    for (const auto& f : crossings["features"])
        if (!f["properties"]["class"].is_null()) labels.push_back(f["properties"]["class_label"]);
    std::sort(labels.begin(), labels.end());
    EXPECT_EQ(labels, (std::vector<std::string>{"450", "\u2265 1,200"})) << "the reported 1,200 is a lower bound: its class has no top";
    // The rivers' "at least 12" is their lowest value: it opens nothing.
    const json rivers = read_json(dir / "out/rivers.geojson");
    ASSERT_EQ(rivers["features"].size(), 2u);
    for (const auto& f : rivers["features"])
        EXPECT_EQ(f["properties"]["class_label"].get<std::string>().find("\u2265"), std::string::npos);
}

TEST(Footer, CreditsComeLastOnEveryMap) {
    TempDir dir("credits");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "title = \"Test atlas\"", "title = \"Test atlas\"\ncredits = \"Map: A. Historian, 2026\"");
    replace_in_file(dir / "atlas.toml", "formats = [\"png\", \"geojson\"]", "formats = [\"png\", \"geojson\"]\ncredits = \"Rivers: B. Cartographer\"");
    ASSERT_EQ(build(dir.path(), dir / "out").exit_code, 0);
    EXPECT_EQ(read_json(dir / "out/crossings.provenance.json")["notes"]["credits"], "Map: A. Historian, 2026");
    EXPECT_EQ(read_json(dir / "out/rivers.provenance.json")["notes"]["credits"], "Rivers: B. Cartographer") << "a map's own credits win";
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    std::string text = run_program("pdftotext", {(dir / "out/crossings.pdf").string(), "-"}).out;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\f')) text.pop_back();
    EXPECT_TRUE(text.ends_with("Map: A. Historian, 2026")) << text;
}
