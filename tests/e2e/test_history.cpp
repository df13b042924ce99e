// Historical data: names of the map's period, boundaries valid in it, the atlas's own layers and
// names, rates per month, year and population, a preferred source, and the provenance file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

fs::path fixture() { return fixtures_dir() / "history-atlas"; }

json properties(const json& collection, const std::string& id) {
    for (const auto& f : collection["features"])
        if (f["properties"]["id"] == id) return f["properties"];
    ADD_FAILURE() << "no feature " << id;
    return json();
}

json region(const json& provenance, const std::string& feature) {
    for (const auto& r : provenance["regions"])
        if (r["feature"] == feature) return r;
    ADD_FAILURE() << "no region " << feature;
    return json();
}

// Builds the history fixture once for the whole suite.
class History : public testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(build().exit_code, 0) << build().err; }
    static const fs::path& out() { return shared_atlas("history").out; }
    static const RunResult& build() { return shared_atlas("history").build; }
    static std::string pdf_text(const std::string& map) {
        return run_program("pdftotext", {(out() / (map + ".pdf")).string(), "-"}).out;
    }
};

}  // namespace

TEST_F(History, LabelsUseTheNamesOfTheMapsPeriodAndSaySo) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("crossings");
    EXPECT_TRUE(contains(text, "Andong")) << text;      // gazetteer: Andong until 1964
    EXPECT_FALSE(contains(text, "Dandong\n")) << text;
    EXPECT_TRUE(contains(text, "Linkiang")) << text;    // the atlas's own dated name
    EXPECT_TRUE(contains(text, "Names as in 1961: ")) << text;
    EXPECT_TRUE(contains(text, "Andong (today Dandong)")) << text;
    EXPECT_TRUE(contains(text, "Linkiang (today Linjiang)")) << text;
}

TEST_F(History, ModernNamesWhenTheMapAsks) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("modern-names");
    EXPECT_TRUE(contains(text, "Dandong")) << text;
    EXPECT_FALSE(contains(text, "Andong")) << text;
    EXPECT_FALSE(contains(text, "Names as in")) << text;
}

TEST_F(History, NameSystemsChooseTheRomanization) {
    const json layer = read_json(out() / "postal-names.geojson");
    EXPECT_EQ(properties(layer, "CN-JL")["label"], "Kirin Sheng");  // the atlas's postal name, until 1965
    EXPECT_EQ(properties(layer, "CN-JL")["name_en"], "Jilin");
    EXPECT_EQ(properties(read_json(out() / "crossings.geojson"), "CN-JL")["label"], "Jilin") << "postal is not a default system";
    const json provenance = read_json(out() / "postal-names.provenance.json");
    bool antung = false;
    for (const auto& n : provenance["names"]) antung = antung || (n["label"] == "Antung" && n["today"] == "Dandong" && n["system"] == "postal");
    EXPECT_TRUE(antung) << provenance["names"].dump(1);
}

TEST_F(History, AnAtlasBoundaryLayerReplacesTheBundledOneInItsYears) {
    // The fixture's Jilin is a square 125-128 E, 42-44 N, stored in Web Mercator.
    const json layer = read_json(out() / "crossings.geojson");
    json jilin;
    for (const auto& f : layer["features"])
        if (f["properties"]["id"] == "CN-JL") jilin = f;
    ASSERT_FALSE(jilin.is_null());
    const json& ring = jilin["geometry"]["coordinates"][0];
    ASSERT_EQ(ring.size(), 5u) << jilin["geometry"].dump();
    for (const auto& p : ring) {
        EXPECT_NEAR(std::min(std::fabs(p[0].get<double>() - 125), std::fabs(p[0].get<double>() - 128)), 0, 1e-5);
        EXPECT_NEAR(std::min(std::fabs(p[1].get<double>() - 42), std::fabs(p[1].get<double>() - 44)), 0, 1e-5);
    }
    const json provenance = read_json(out() / "crossings.provenance.json");
    EXPECT_EQ(region(provenance, "CN-JL")["boundary"], "Jilin as drawn in 1961 (test square) (1955 \u2013 1969)");
    EXPECT_EQ(region(provenance, "CN-LN")["boundary"], "Natural Earth 1:10m");
    const std::string note = provenance["notes"]["boundaries"];
    EXPECT_TRUE(contains(note, "present-day lines; those of Liaoning changed in 1969 and 1979")) << note;
    EXPECT_TRUE(contains(note, "Jilin as drawn in 1961 (test square) (1955 \u2013 1969) for Jilin")) << note;
    // The 1953 figure (Liaotung) keeps the bundled lines in the figures layer: no atlas layer covers 1953.
    EXPECT_EQ(provenance["geodata"]["layers"].size(), 2u);
}

TEST_F(History, PreferSourceChoosesAndTheOtherFigureIsSetAside) {
    const json jilin = properties(read_json(out() / "crossings.geojson"), "CN-JL");
    EXPECT_EQ(jilin["value"], 1200);
    EXPECT_EQ(jilin["source"], "doc-a");
    const json r = region(read_json(out() / "crossings.provenance.json"), "CN-JL");
    ASSERT_EQ(r["set_aside"].size(), 1u);
    EXPECT_EQ(r["set_aside"][0]["value"], 1300);
    EXPECT_EQ(r["set_aside"][0]["source"], "doc-b");
    EXPECT_EQ(r["set_aside"][0]["row"], "figures.csv:3");
}

TEST_F(History, PerMonthDividesEachFigureByItsOwnMonths) {
    const json layer = read_json(out() / "per-month.geojson");
    const json jilin = properties(layer, "CN-JL"), liaoning = properties(layer, "CN-LN");
    EXPECT_DOUBLE_EQ(jilin["value"].get<double>(), 100);
    EXPECT_EQ(jilin["figure_value"], 1200);
    EXPECT_EQ(jilin["divided_by"], 12);
    EXPECT_DOUBLE_EQ(liaoning["value"].get<double>(), 30);  // 450 over January 1961 - March 1962
    EXPECT_EQ(liaoning["divided_by_text"], "15 months");
    EXPECT_EQ(liaoning["unit"], "people per month");
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("per-month");
    EXPECT_TRUE(contains(text, "people per month, 1961")) << text;
    EXPECT_TRUE(contains(text, "* Liaoning: January 1961 \u2013 March 1962 (15 months).")) << text;
    EXPECT_TRUE(contains(text, "\u2248 30*")) << text;
}

TEST_F(History, PerYearUsesYearsOfTheFiguresSpan) {
    const json layer = read_json(out() / "per-year.geojson");
    EXPECT_DOUBLE_EQ(properties(layer, "CN-JL")["value"].get<double>(), 1200);
    EXPECT_DOUBLE_EQ(properties(layer, "CN-LN")["value"].get<double>(), 360);  // 450 / 1.25 years
    EXPECT_EQ(properties(layer, "CN-LN")["divided_by_text"], "1.25 years");
}

TEST_F(History, PerPopulationUsesTheNearestPopulationFigure) {
    const json layer = read_json(out() / "per-people.geojson");
    EXPECT_DOUBLE_EQ(properties(layer, "CN-JL")["value"].get<double>(), 1);            // 1,200 / 12,000,000 x 10,000
    EXPECT_NEAR(properties(layer, "CN-LN")["value"].get<double>(), 450.0 / 2600, 1e-9);  // the 1964 figure is nearer than 1953
    EXPECT_EQ(properties(layer, "CN-LN")["unit"], "people per 10,000 inhabitants");
    const json r = region(read_json(out() / "per-people.provenance.json"), "CN-LN");
    EXPECT_EQ(r["population"]["row"], "figures.csv:8");
    EXPECT_EQ(r["shown"], "\u2248 0.17*");
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    std::string text = pdf_text("per-people");
    std::replace(text.begin(), text.end(), '\n', ' ');  // long notes wrap
    EXPECT_TRUE(contains(text, "Rates per 10,000 inhabitants; population: Jilin \u2248 12,000,000 (1964) and Liaoning \u2248 26,000,000 (1964).")) << text;
    EXPECT_TRUE(contains(text, "Test census")) << "the population's source is cited:\n" << text;
}

TEST_F(History, ProvenanceRecordsEveryFigureAndTheVersions) {
    const json p = read_json(out() / "crossings.provenance.json");
    EXPECT_EQ(p["map"]["id"], "crossings");
    EXPECT_EQ(p["map"]["declared_at"], "atlas.toml:26");
    const json liaoning = region(p, "CN-LN");
    EXPECT_EQ(liaoning["figure"]["row"], "figures.csv:4");
    EXPECT_EQ(liaoning["figure"]["qualifier"], "about");
    EXPECT_EQ(liaoning["figure"]["period"]["iso"], "1961-01/1962-03");
    EXPECT_EQ(liaoning["figure"]["region_as_written"], "遼寧省");
    EXPECT_EQ(liaoning["period_differs"], true);
    EXPECT_EQ(p["sources"][0]["id"], "doc-a");
    EXPECT_EQ(p["sources"][0]["archive_ref"], "ARCHIVE 1-2-3");
    EXPECT_EQ(p["notes"]["source_line"], "Source: Test document A, ARCHIVE 1-2-3, p. 2.");
    EXPECT_EQ(p["geodata"]["version"], "4.1.0");
    EXPECT_EQ(p["geodata"]["sha256"].get<std::string>().size(), 64u);
    EXPECT_FALSE(p["style"]["name"].get<std::string>().empty());
    EXPECT_FALSE(p["bordermap_version"].get<std::string>().empty());
    for (const auto& n : p["names"]) EXPECT_NE(n["gazetteer_row"].get<std::string>().front(), '/') << "rows are relative: " << n.dump();
    EXPECT_EQ(p["geodata"]["layers"][1]["file"], "jilin-1961.geojson");
    EXPECT_EQ(p["geodata"]["layers"][1]["declared_at"], "atlas.toml:20");
}

TEST(HistoryProvenance, DoesNotDependOnWhereTheAtlasLives) {
    TempDir a("provenance-a"), b("provenance-b");
    for (const TempDir* dir : {&a, &b}) {
        fs::copy(fixture(), dir->path() / "atlas");
        ASSERT_EQ(run_bordermap({"export", (dir->path() / "atlas").string(), "--format", "provenance", "-q"}).exit_code, 0);
    }
    EXPECT_EQ(read_file(a / "atlas/out/crossings.provenance.json"), read_file(b / "atlas/out/crossings.provenance.json"));
}

TEST(HistoryErrors, TwoSourcesWithoutAPreferenceNameBothRowsAndTheFix) {
    TempDir dir("history-conflict");
    fs::copy(fixture(), dir.path() / "atlas");
    replace_in_file(dir / "atlas/atlas.toml", "prefer_source = [\"doc-a\"]\n", "");
    const auto r = run_bordermap({"build", (dir.path() / "atlas").string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "figures.csv:3")) << r.err;
    EXPECT_TRUE(contains(r.err, "figures.csv:2")) << r.err;
    EXPECT_TRUE(contains(r.err, "prefer_source = [\"doc-a\", \"doc-b\"]")) << r.err;
    EXPECT_FALSE(fs::exists(dir / "out")) << "no partial output";
}

TEST(HistoryErrors, UnknownPreferredSourceIsNamed) {
    TempDir dir("history-prefer");
    fs::copy(fixture(), dir.path() / "atlas");
    replace_in_file(dir / "atlas/atlas.toml", "prefer_source = [\"doc-a\"]", "prefer_source = [\"doc-x\"]");
    const auto r = run_bordermap({"build", (dir.path() / "atlas").string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "atlas.toml:26")) << r.err;
    EXPECT_TRUE(contains(r.err, "'doc-x'")) << r.err;
}

TEST(HistoryErrors, MissingPopulationNamesTheFigureAndTheIndicator) {
    TempDir dir("history-population");
    fs::copy(fixture(), dir.path() / "atlas");
    replace_in_file(dir / "atlas/figures.csv", "Jilin,population,\"12,000,000\",about,1964,doc-c,,\n", "");
    const auto r = run_bordermap({"build", (dir.path() / "atlas").string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "figures.csv:2")) << r.err;
    EXPECT_TRUE(contains(r.err, "'population' has no figure for CN-JL")) << r.err;
}

TEST(HistoryErrors, BoundaryLayerProblemsNameTheFileAndTheFix) {
    TempDir dir("history-layer");
    fs::copy(fixture(), dir.path() / "atlas");
    replace_in_file(dir / "atlas/atlas.toml", "valid_to = \"1969\"", "valid_to = \"1969\"\ncolour = \"red\"");
    auto r = run_bordermap({"check", (dir.path() / "atlas").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "atlas.toml:25")) << r.err;
    EXPECT_TRUE(contains(r.err, "unknown key 'colour' in [[boundaries]]")) << r.err;

    replace_in_file(dir / "atlas/atlas.toml", "colour = \"red\"\n", "");
    replace_in_file(dir / "atlas/atlas.toml", "valid_to = \"1969\"", "valid_to = \"1969-13\"");
    r = run_bordermap({"check", (dir.path() / "atlas").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "has no month 13")) << r.err;

    replace_in_file(dir / "atlas/atlas.toml", "valid_to = \"1969-13\"", "valid_to = \"1969\"");
    replace_in_file(dir / "atlas/jilin-1961.geojson", "\"id\": \"CN-JL\"", "\"code\": \"CN-JL\"");
    r = run_bordermap({"check", (dir.path() / "atlas").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "jilin-1961.geojson: feature 0")) << r.err;
    EXPECT_TRUE(contains(r.err, "has no 'id' property")) << r.err;
    EXPECT_TRUE(contains(r.err, "atlas.toml:20")) << "names the atlas line declaring the layer:\n" << r.err;
}

TEST(HistoryErrors, ABadYearInTheAtlasNamesNamesTheRow) {
    TempDir dir("history-names");
    fs::copy(fixture(), dir.path() / "atlas");
    replace_in_file(dir / "atlas/names.csv", ",1950,1962,", ",1950,62,");
    const auto r = run_bordermap({"check", (dir.path() / "atlas").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "names.csv:3")) << r.err;
    EXPECT_TRUE(contains(r.err, "from and to")) << r.err;
}

TEST(HistoryCheck, ReportsTheConflictAndWhichSourceEachMapShows) {
    const auto r = run_bordermap({"check", fixture().string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "figures.csv:3: warning: conflicts with figures.csv:2")) << r.out;
    EXPECT_TRUE(contains(r.out, "prefer_source: crossings shows doc-a")) << r.out;
    EXPECT_FALSE(contains(r.out, "population (3)")) << "population figures divide a map: they are used\n" << r.out;
    EXPECT_TRUE(contains(r.out, "per-month: Crossings, 1961 \u2014 Jilin 100, Liaoning \u2248 30*")) << r.out;
}

TEST_F(History, TheFootersNotesAreTheProvenancesNotes) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    for (const char* map : {"crossings", "per-month", "per-people"}) {
        std::string text = pdf_text(map);
        std::replace(text.begin(), text.end(), '\n', ' ');
        const json notes = read_json(out() / (std::string(map) + ".provenance.json"))["notes"];
        EXPECT_TRUE(contains(text, notes["source_line"].get<std::string>())) << map << ":\n" << text;
        EXPECT_TRUE(contains(text, notes["boundaries"].get<std::string>())) << map << ":\n" << text;
        for (const auto& note : notes["period_notes"]) EXPECT_TRUE(contains(text, note.get<std::string>())) << map << ":\n" << text;
    }
}
