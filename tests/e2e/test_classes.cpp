// Classes and colours end to end (tests/fixtures/classes-atlas: every province of mainland China with
// made-up values): natural breaks, an unclassed ramp, a diverging and a viridis palette, as the
// GeoJSON layers, the QGIS styles and the PDF legends carry them.
#include <gtest/gtest.h>

#include <cmath>
#include <algorithm>
#include <map>
#include <set>

#include "bordermap/core/text.hpp"
#include "bordermap/colour/palette.hpp"
#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

fs::path fixture() { return fixtures_dir() / "classes-atlas"; }

// The figures.csv clusters by construction: far apart, each tight, so the optimum is plain to see.
const std::map<std::string, int>& cluster_of() {
    static const std::map<std::string, int> clusters{
        {"CN-XZ", 1}, {"CN-QH", 1}, {"CN-XJ", 1}, {"CN-NX", 1}, {"CN-GS", 1}, {"CN-HI", 1},
        {"CN-NM", 2}, {"CN-YN", 2}, {"CN-GZ", 2}, {"CN-SN", 2}, {"CN-SX", 2}, {"CN-JL", 2},
        {"CN-GX", 3}, {"CN-JX", 3}, {"CN-CQ", 3}, {"CN-FJ", 3}, {"CN-LN", 3}, {"CN-HN", 3}, {"CN-AH", 3},
        {"CN-HB", 4}, {"CN-HE", 4}, {"CN-ZJ", 4}, {"CN-BJ", 4}, {"CN-TJ", 4}, {"CN-SH", 4},
        {"CN-HA", 5}, {"CN-SC", 5}, {"CN-SD", 5}, {"CN-GD", 5}, {"CN-JS", 5}};
    return clusters;
}

double luminance(const std::string& hex) {
    const bordermap::Colour c = bordermap::Colour::hex(hex);
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

std::vector<std::string> hexes(const std::vector<bordermap::Colour>& colours) {
    std::vector<std::string> out;
    for (const auto& c : colours) out.push_back(c.hex());
    return out;
}

// The fixture, built once per test run (shared_atlas).
class Classes : public testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(build().exit_code, 0) << build().err; }
    static const fs::path& out() { return shared_atlas("classes").out; }
    static const RunResult& build() { return shared_atlas("classes").build; }
    static json layer(const std::string& map) { return read_json(out() / (map + ".geojson")); }
    static std::string pdf_text(const std::string& map) {
        return run_program("pdftotext", {(out() / (map + ".pdf")).string(), "-"}).out;
    }
    // Each region's properties, by id.
    static std::map<std::string, json> regions(const std::string& map) {
        std::map<std::string, json> by_id;
        const json collection = layer(map);
        for (const auto& f : collection["features"]) by_id[f["properties"]["id"].get<std::string>()] = f["properties"];
        return by_id;
    }
    // Class number -> (label, colour), checking that every region of a class has the same ones.
    static std::map<long long, std::pair<std::string, std::string>> classes(const std::string& map) {
        std::map<long long, std::pair<std::string, std::string>> found;
        for (const auto& [id, p] : regions(map)) {
            if (p["class"].is_null()) continue;
            const std::pair<std::string, std::string> entry{p["class_label"].get<std::string>(), p["colour"].get<std::string>()};
            const auto [it, fresh] = found.emplace(p["class"].get<long long>(), entry);
            EXPECT_TRUE(fresh || it->second == entry) << map << ": class " << p["class"] << " of " << id;
        }
        return found;
    }
};

}  // namespace

TEST_F(Classes, NaturalBreaksFindTheClustersOfTheData) {
    const auto by_id = regions("natural-breaks");
    ASSERT_EQ(by_id.size(), 31u) << "every mainland province, Heilongjiang without a value";
    for (const auto& [id, cluster] : cluster_of()) {
        ASSERT_TRUE(by_id.count(id)) << id;
        EXPECT_EQ(by_id.at(id)["class"], cluster) << id << " (" << by_id.at(id)["value"] << ")";
    }
    const auto found = classes("natural-breaks");
    const std::vector<std::string> labels{"100 \u2013 200", "2,000 \u2013 2,400", "9,000 \u2013 9,600", "21,000 \u2013 21,800",
                                          "40,000 \u2013 40,900"};
    const auto colours = hexes(bordermap::palette("YlOrRd", 5));
    ASSERT_EQ(found.size(), 5u);
    for (long long k = 1; k <= 5; ++k) {
        EXPECT_EQ(found.at(k).first, labels[static_cast<std::size_t>(k - 1)]);
        EXPECT_EQ(found.at(k).second, colours[static_cast<std::size_t>(k - 1)]);
    }
}

TEST_F(Classes, NoDataIsNeverAClassOrAColour) {
    for (const char* map : {"natural-breaks", "unclassed", "diverging", "viridis"}) {
        const json heilongjiang = regions(map).at("CN-HL");
        EXPECT_TRUE(heilongjiang["value"].is_null()) << map;
        EXPECT_TRUE(heilongjiang["class"].is_null()) << map;
        EXPECT_TRUE(heilongjiang["colour"].is_null()) << map;
        EXPECT_EQ(heilongjiang["class_label"], "Not reported") << map;
    }
}

TEST_F(Classes, NaturalBreaksLegendListsTheRanges) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("natural-breaks");
    for (const char* expected : {"Test cases", "100 \u2013 200", "2,000 \u2013 2,400", "9,000 \u2013 9,600", "21,000 \u2013 21,800",
                                 "40,000 \u2013 40,900", "Not reported"}) {
        EXPECT_TRUE(contains(text, expected)) << "missing '" << expected << "' in:\n" << text;
    }
}

TEST_F(Classes, UnclassedColoursEachValueAlongTheRamp) {
    const auto by_id = regions("unclassed");
    double low = INFINITY, high = -INFINITY;
    for (const auto& [id, p] : by_id)
        if (!p["value"].is_null()) {
            low = std::min(low, p["value"].get<double>());
            high = std::max(high, p["value"].get<double>());
        }
    ASSERT_EQ(low, 100);
    ASSERT_EQ(high, 40900);
    std::vector<std::pair<double, std::string>> by_value;
    std::set<long long> numbers;
    for (const auto& [id, p] : by_id) {
        if (p["value"].is_null()) continue;
        const double v = p["value"].get<double>();
        const std::string colour = p["colour"].get<std::string>();
        // The colour the palette gives at the value's place between the lowest and the highest.
        EXPECT_EQ(colour, bordermap::sample_palette("YlOrRd", (v - low) / (high - low)).hex()) << id << " " << v;
        EXPECT_EQ(p["class_label"], bordermap::format_number(v, 0)) << id;
        numbers.insert(p["class"].get<long long>());
        by_value.emplace_back(v, colour);
    }
    EXPECT_EQ(numbers.size(), 30u) << "one class number per distinct value";
    EXPECT_EQ(by_id.at("CN-XZ")["colour"], "#ffffcc");  // the lowest value: the ramp's light end
    EXPECT_EQ(by_id.at("CN-JS")["colour"], "#800026");  // the highest: its dark end
    std::sort(by_value.begin(), by_value.end());
    for (std::size_t i = 1; i < by_value.size(); ++i) {
        EXPECT_LE(luminance(by_value[i].second), luminance(by_value[i - 1].second) + 1e-3)
            << by_value[i - 1].first << " " << by_value[i - 1].second << " then " << by_value[i].first << " " << by_value[i].second;
    }
    // Far apart values look far apart: the clusters' colours differ.
    EXPECT_NE(by_id.at("CN-HB")["colour"], by_id.at("CN-GX")["colour"]);
    EXPECT_GT(luminance(by_id.at("CN-GX")["colour"].get<std::string>()) - luminance(by_id.at("CN-HB")["colour"].get<std::string>()), 0.1);
}

TEST_F(Classes, UnclassedLegendIsARampWithRoundTicks) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("unclassed");
    // The ends and round thousands between, with thousands separators; no class ranges.
    for (const char* expected : {"Test cases", "cases, 1961", "100\n", "10,000", "20,000", "30,000", "40,900", "Not reported"}) {
        EXPECT_TRUE(contains(text, expected)) << "missing '" << expected << "' in:\n" << text;
    }
    EXPECT_FALSE(contains(text, "\u2013 ")) << "an unclassed legend lists no ranges:\n" << text;
    // The ticks are in order down the bar, the lowest value first.
    const auto at = [&](const char* s) { return text.find(s); };
    EXPECT_LT(at("10,000"), at("20,000"));
    EXPECT_LT(at("20,000"), at("30,000"));
    EXPECT_LT(at("30,000"), at("40,900"));
}

TEST_F(Classes, UnclassedQgisStyleHasEveryValueAndTheRamp) {
    const std::string qml = read_file(out() / "unclassed.qml");
    std::size_t ranges = 0;
    for (std::size_t at = qml.find("<range "); at != std::string::npos; at = qml.find("<range ", at + 1)) ++ranges;
    EXPECT_EQ(ranges, 31u) << "a range for each of the 30 values and one for no data";
    EXPECT_TRUE(contains(qml, "<colorramp type=\"gradient\" name=\"[source]\">")) << qml;
    EXPECT_TRUE(contains(qml, "name=\"color1\" type=\"QString\" value=\"255,255,204,255\"")) << qml;
    EXPECT_TRUE(contains(qml, "name=\"color2\" type=\"QString\" value=\"128,0,38,255\"")) << qml;
    // Classed maps carry no ramp: their classes are the palette's own set.
    EXPECT_FALSE(contains(read_file(out() / "natural-breaks.qml"), "<colorramp"));
}

TEST_F(Classes, DivergingPaletteAroundZero) {
    const auto found = classes("diverging");
    ASSERT_EQ(found.size(), 5u);
    const std::vector<std::string> labels{"-45 \u2013 -20", "-18 \u2013 -5", "-4 \u2013 5", "6 \u2013 20", "21 \u2013 38"};
    const std::vector<std::string> rdbu{"#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"};  // ColorBrewer RdBu, 5 classes
    for (long long k = 1; k <= 5; ++k) {
        EXPECT_EQ(found.at(k).first, labels[static_cast<std::size_t>(k - 1)]);
        EXPECT_EQ(found.at(k).second, rdbu[static_cast<std::size_t>(k - 1)]);
    }
    const auto by_id = regions("diverging");
    EXPECT_EQ(by_id.at("CN-CQ")["colour"], "#f7f7f7");  // no change: the neutral middle
    EXPECT_EQ(by_id.at("CN-XZ")["colour"], "#ca0020");
    EXPECT_EQ(by_id.at("CN-JS")["colour"], "#0571b0");
}

TEST_F(Classes, ViridisQuartiles) {
    const auto found = classes("viridis");
    ASSERT_EQ(found.size(), 4u);
    const std::vector<std::string> viridis{"#440154", "#31688e", "#35b779", "#fde725"};  // matplotlib's viridis at 0, 1/3, 2/3, 1
    for (long long k = 1; k <= 4; ++k) EXPECT_EQ(found.at(k).second, viridis[static_cast<std::size_t>(k - 1)]);
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("viridis");
    for (const auto& [k, entry] : found) EXPECT_TRUE(contains(text, entry.first)) << "missing '" << entry.first << "' in:\n" << text;
}

TEST_F(Classes, SameInputSameColourBytes) {
    TempDir again("classes-again");
    ASSERT_EQ(run_bordermap({"build", fixture().string(), "-o", again.path().string(), "-q"}).exit_code, 0);
    for (const char* file : {"unclassed.svg", "unclassed.geojson", "unclassed.qml", "viridis.svg", "diverging.sld"}) {
        EXPECT_EQ(read_file(again / file), read_file(out() / file)) << file;
    }
}
