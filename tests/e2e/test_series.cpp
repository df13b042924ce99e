// Series of maps end to end (tests/fixtures/series-atlas: nine provinces with made-up values that
// grow threefold a year): a map per period, classed together or each on its own; a map per
// indicator; a map per region or group, showing only its regions and fitted to them.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

fs::path series_atlas() { return fixtures_dir() / "series-atlas"; }

const std::vector<std::string> years{"1960", "1961", "1962"};

// The <ranges> of a QGIS style: the classes' bounds and labels, nothing that names the map.
std::string qml_ranges(const fs::path& qml) {
    const std::string text = read_file(qml);
    const auto begin = text.find("<ranges>"), end = text.find("</ranges>");
    if (begin == std::string::npos || end == std::string::npos) return "(no ranges in " + qml.string() + ")";
    return text.substr(begin, end - begin);
}

std::vector<std::string> qml_labels(const fs::path& qml) {
    const std::string ranges = qml_ranges(qml);
    std::vector<std::string> labels;
    const std::regex label(R"re(label="([^"]*)")re");
    for (auto it = std::sregex_iterator(ranges.begin(), ranges.end(), label); it != std::sregex_iterator(); ++it) labels.push_back((*it)[1]);
    return labels;
}

// The length the scale bar stands for, in km (it is about a fifth of the frame: a smaller extent, a shorter one).
double scale_bar_km(const std::string& pdf_text) {
    std::smatch m;
    if (!std::regex_search(pdf_text, m, std::regex(R"(([0-9,]+) km)"))) return -1;
    std::string digits = m[1];
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return std::stod(digits);
}

// The fixture, built once per test run (shared_atlas).
class Series : public testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(build().exit_code, 0) << build().err; }
    static const fs::path& out() { return shared_atlas("series").out; }
    static const RunResult& build() { return shared_atlas("series").build; }
    static std::string pdf_text(const std::string& map) { return run_program("pdftotext", {(out() / (map + ".pdf")).string(), "-"}).out; }
    // Each region's properties, by id.
    static std::map<std::string, json> regions(const std::string& map) {
        std::map<std::string, json> by_id;
        const json collection = read_json(out() / (map + ".geojson"));
        for (const auto& f : collection["features"]) by_id[f["properties"]["id"].get<std::string>()] = f["properties"];
        return by_id;
    }
};

}  // namespace

TEST_F(Series, EveryMemberIsAMapWithItsOwnFiles) {
    EXPECT_TRUE(contains(build().out, "10 maps, 73 files")) << build().out;
    for (const char* member : {"yearly-1960", "yearly-1961", "yearly-1962", "each-year-1960", "each-year-1961", "each-year-1962",
                               "by-indicator-cases", "by-indicator-returns", "by-region-northeast-china", "by-region-hebei"}) {
        for (const char* ext : {".pdf", ".svg", ".png", ".geojson", ".qml", ".sld", ".provenance.json"}) {
            EXPECT_TRUE(fs::exists(out() / (std::string(member) + ext))) << member << ext;
        }
        EXPECT_EQ(read_json(out() / (std::string(member) + ".provenance.json"))["map"]["id"], member);
    }
    // The gallery has a card of each member, titled as the member.
    const std::string gallery = read_file(out() / "index.html");
    EXPECT_TRUE(contains(gallery, "yearly-1962.png")) << gallery;
    EXPECT_TRUE(contains(gallery, "Test cases, 1961: Northeast China")) << gallery;
    for (const char* declared : {"yearly", "each-year", "by-indicator", "by-region"}) {
        EXPECT_FALSE(fs::exists(out() / (std::string(declared) + ".pdf"))) << "a series is its members, not a map of its own";
    }
    const json provenance = read_json(out() / "yearly-1961.provenance.json");
    EXPECT_EQ(provenance["map"]["series"], "yearly");
    EXPECT_EQ(provenance["map"]["classes_shared_by"], "yearly");
    EXPECT_EQ(provenance["map"]["period"]["iso"], "1961") << provenance["map"]["period"].dump();
    EXPECT_FALSE(read_json(out() / "each-year-1961.provenance.json")["map"].contains("classes_shared_by"));
}

TEST_F(Series, SharedClassesAreTheSameBreaksInEveryMember) {
    const std::string ranges = qml_ranges(out() / "yearly-1960.qml");
    EXPECT_EQ(qml_labels(out() / "yearly-1960.qml").size(), 3u) << ranges;
    // Class number -> label and colour, the same in every member's GeoJSON.
    std::map<long long, std::pair<std::string, std::string>> classes;
    std::set<long long> used;
    for (const auto& year : years) {
        const std::string member = "yearly-" + year;
        EXPECT_EQ(qml_ranges(out() / (member + ".qml")), ranges) << member;
        for (const auto& [id, p] : regions(member)) {
            ASSERT_FALSE(p["class"].is_null()) << member << " " << id;
            const std::pair<std::string, std::string> entry{p["class_label"], p["colour"]};
            const auto [it, fresh] = classes.emplace(p["class"].get<long long>(), entry);
            EXPECT_EQ(it->second, entry) << member << ": class " << p["class"] << " of " << id;
            used.insert(p["class"].get<long long>());
        }
    }
    EXPECT_EQ(used.size(), 3u);
    // Values grow threefold a year, so shared classes put 1960 low and 1962 high: Shandong's 90 in
    // 1960 and Inner Mongolia's 90 in 1962 are one value, and one class.
    EXPECT_EQ(regions("yearly-1960").at("CN-SD")["class"], regions("yearly-1962").at("CN-NM")["class"]);
    EXPECT_EQ(regions("yearly-1960").at("CN-NM")["class_label"], regions("yearly-1961").at("CN-NM")["class_label"]);
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    for (const auto& year : years) {
        const std::string text = pdf_text("yearly-" + year);
        EXPECT_TRUE(contains(text, "Test cases: " + year)) << text;
        // The legend's subtitle wraps: its words may be on two lines.
        EXPECT_TRUE(std::regex_search(text, std::regex(R"(classes\s+shared\s+by\s+the\s+series)"))) << text;
        for (const auto& label : qml_labels(out() / "yearly-1960.qml")) EXPECT_TRUE(contains(text, label)) << year << ": " << label << " in\n" << text;
    }
}

TEST_F(Series, WithoutSharedClassesEachMemberHasItsOwnBreaks) {
    const std::vector<std::string> first = qml_labels(out() / "each-year-1960.qml"), last = qml_labels(out() / "each-year-1962.qml");
    ASSERT_EQ(first.size(), 3u);
    ASSERT_EQ(last.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) EXPECT_NE(first[k], last[k]) << "class " << k;
    // Each year spreads over all three classes of its own.
    for (const auto& year : years) {
        std::set<long long> used;
        for (const auto& [id, p] : regions("each-year-" + year)) used.insert(p["class"].get<long long>());
        EXPECT_EQ(used.size(), 3u) << year;
    }
    EXPECT_NE(regions("each-year-1960").at("CN-SD")["class"], regions("each-year-1962").at("CN-NM")["class"]) << "90 is high in 1960, low in 1962";
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("each-year-1960");
    EXPECT_TRUE(contains(text, "Test cases, 1960")) << text;
    EXPECT_FALSE(contains(text, "classes shared")) << text;
    for (const auto& label : first) EXPECT_TRUE(contains(text, label)) << label << " in\n" << text;
    for (const auto& label : last) EXPECT_FALSE(contains(text, label)) << label << " in\n" << text;
}

TEST_F(Series, IndicatorSeriesIsAMapPerIndicator) {
    EXPECT_EQ(read_json(out() / "by-indicator-cases.provenance.json")["map"]["indicator"]["id"], "cases");
    EXPECT_EQ(read_json(out() / "by-indicator-returns.provenance.json")["map"]["indicator"]["id"], "returns");
    EXPECT_EQ(regions("by-indicator-returns").at("CN-SD")["value"], 37);
    EXPECT_EQ(regions("by-indicator-cases").at("CN-SD")["value"], 270);
    EXPECT_EQ(qml_ranges(out() / "by-indicator-cases.qml"), qml_ranges(out() / "by-indicator-returns.qml")) << "shared_classes = true";
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    EXPECT_TRUE(contains(pdf_text("by-indicator-returns"), "Test returns, 1961"));
    EXPECT_TRUE(contains(pdf_text("by-indicator-cases"), "Test cases, 1961"));
}

TEST_F(Series, RegionSeriesShowsOnlyItsRegionsAndFitsThem) {
    auto ids = [](const std::map<std::string, json>& by_id) {
        std::set<std::string> out;
        for (const auto& [id, p] : by_id) out.insert(id);
        return out;
    };
    EXPECT_EQ(ids(regions("by-region-northeast-china")), (std::set<std::string>{"CN-HL", "CN-JL", "CN-LN"})) << "the group's three provinces";
    EXPECT_EQ(ids(regions("by-region-hebei")), (std::set<std::string>{"CN-HE"}));
    EXPECT_EQ(regions("yearly-1961").size(), 9u);
    EXPECT_EQ(read_json(out() / "by-region-hebei.provenance.json")["map"]["only_regions"], json::array({"Hebei"}));
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string all = pdf_text("each-year-1961"), northeast = pdf_text("by-region-northeast-china"), hebei = pdf_text("by-region-hebei");
    EXPECT_TRUE(contains(northeast, "Test cases, 1961: Northeast China")) << northeast;
    EXPECT_FALSE(contains(northeast, "Shandong")) << northeast;
    // Same page size, smaller extents: the scale bar stands for fewer kilometres.
    const double all_km = scale_bar_km(all), northeast_km = scale_bar_km(northeast), hebei_km = scale_bar_km(hebei);
    ASSERT_GT(all_km, 0) << all;
    EXPECT_GT(northeast_km, 0) << northeast;
    EXPECT_LT(northeast_km, all_km);
    EXPECT_GT(hebei_km, 0) << hebei;
    EXPECT_LT(hebei_km, northeast_km);
}

TEST_F(Series, CheckListsEveryMemberAndTheSharedClasses) {
    const RunResult r = run_bordermap({"check", series_atlas().string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "10 maps: OK")) << r.out;
    EXPECT_TRUE(contains(r.out, "yearly-1960: Test cases, 1960")) << r.out;
    EXPECT_TRUE(contains(r.out, "(3 classes, shared across 'yearly')")) << r.out;
    EXPECT_TRUE(contains(r.out, "by-region-hebei: Test cases, 1961 \u2014 Hebei 75 (1 class)")) << r.out;
    const auto own = r.out.find("each-year-1960: Test cases, 1960");
    ASSERT_NE(own, std::string::npos) << r.out;
    const std::string line = r.out.substr(own, r.out.find('\n', own) - own);
    EXPECT_TRUE(line.ends_with("(3 classes)")) << line;
    // The atlas names no projection: check says which one each map is drawn in.
    EXPECT_TRUE(contains(r.out, "\n    projection chosen: Albers equal-area conic, standard parallels 36° N and 52° N, centred on 116° E\n")) << r.out;
}

TEST_F(Series, OneMemberBuiltAloneKeepsTheSeriesClasses) {
    TempDir alone("series-alone");
    const RunResult r = run_bordermap({"export", series_atlas().string(), "--map", "yearly-1962", "--format", "qml", "-o", alone.path().string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(qml_ranges(alone / "yearly-1962.qml"), qml_ranges(out() / "yearly-1960.qml"));
    EXPECT_FALSE(fs::exists(alone / "yearly-1960.qml"));
    // The series' id picks all its members.
    TempDir series("series-by-id");
    ASSERT_EQ(run_bordermap({"export", series_atlas().string(), "--map", "yearly", "--format", "qml", "-o", series.path().string(), "-q"}).exit_code, 0);
    EXPECT_EQ(list_files(series.path()), (std::vector<std::string>{"yearly-1960.qml", "yearly-1961.qml", "yearly-1962.qml"}));
}

TEST(SeriesIncremental, AFigureOfOneMemberRebuildsTheMembersItSharesClassesWith) {
    TempDir dir("series-incremental");
    copy_atlas(series_atlas(), dir.path());
    const std::string out = (dir / "out").string();
    ASSERT_EQ(run_bordermap({"build", dir.path().string(), "-o", out, "-q"}).exit_code, 0);
    const std::string before = qml_ranges(dir / "out" / "yearly-1960.qml");
    // Shandong's 1962 figure is the series' highest value: the top class of every member changes.
    replace_in_file(dir / "figures.csv", "Shandong,cases,810,exact,1962", "Shandong,cases,2000,exact,1962");
    const RunResult r = run_bordermap({"build", dir.path().string(), "-o", out, "-v"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::set<std::string> written;
    for (std::size_t at = 0; (at = r.out.find("  wrote ", at)) != std::string::npos;) {
        at += 8;
        written.insert(r.out.substr(at, r.out.find(" (", at) - at));
    }
    for (const char* member : {"yearly-1960", "yearly-1961", "yearly-1962"}) {
        EXPECT_TRUE(written.count(std::string(member) + ".pdf")) << member << " keeps the old classes:\n" << r.out;
        EXPECT_TRUE(written.count(std::string(member) + ".qml")) << member << "\n" << r.out;
    }
    EXPECT_NE(qml_ranges(dir / "out" / "yearly-1960.qml"), before);
    EXPECT_TRUE(written.count("each-year-1962.pdf")) << r.out;
    for (const auto& file : written) {
        EXPECT_FALSE(file.starts_with("each-year-1960.") || file.starts_with("each-year-1961.")) << file << ": classed on its own, unchanged";
    }
}

TEST(SeriesErrors, UnknownRegionNamesTheAtlasLineAndTheNearestName) {
    TempDir dir("series-unknown-region");
    copy_atlas(series_atlas(), dir.path());
    replace_in_file(dir / "atlas.toml", "[\"Northeast China\", \"Hebei\"]", "[\"Northeast China\", \"Hebie\"]");
    const RunResult r = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "atlas.toml:45")) << r.err;
    EXPECT_TRUE(contains(r.err, "'Hebie' is not in the gazetteer")) << r.err;
    EXPECT_TRUE(contains(r.err, "Did you mean 'Hebei'")) << r.err;
    EXPECT_FALSE(fs::exists(dir / "out" / "by-region-northeast-china.pdf")) << "an error leaves no output";
}

TEST(SeriesErrors, AMemberWithoutFiguresIsAnError) {
    TempDir dir("series-no-figure");
    copy_atlas(series_atlas(), dir.path());
    replace_in_file(dir / "atlas.toml", "[\"Northeast China\", \"Hebei\"]", "[\"Northeast China\", \"Shanghai\"]");
    const RunResult r = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "atlas.toml:45")) << r.err;
    EXPECT_TRUE(contains(r.err, "the map 'by-region-shanghai' has no figure of 'cases' for 1961 in Shanghai")) << r.err;
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(check.exit_code, 1);
    EXPECT_TRUE(contains(check.out, "by-region-shanghai")) << check.out;
}
