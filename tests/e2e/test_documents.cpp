// Figures the way documents give them (issue 13), on tests/fixtures/documents-atlas (invented
// figures): "over" and "under" figures, a log by the hour.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

const fs::path& documents_out() { return shared_atlas("documents").out; }

nlohmann::json documents_feature(const std::string& map, const std::string& id) {
    const auto layer = read_json(documents_out() / (map + ".geojson"));
    for (const auto& f : layer["features"])
        if (f["properties"]["id"] == id) return f;
    ADD_FAILURE() << map << ".geojson has no feature " << id;
    return {};
}

std::string pdf_text(const std::string& map) { return run_program("pdftotext", {(documents_out() / (map + ".pdf")).string(), "-"}).out; }

// pdftotext drops the space after a narrow mark ("<5"): compare without spaces.
bool contains_unspaced(std::string text, std::string part) {
    std::erase(text, ' ');
    std::erase(part, ' ');
    return contains(text, part);
}

TEST(DocumentFigures, OverAndUnderAreStrictBoundsOnLabelsLegendAndLayers) {
    const auto dandong = documents_feature("log-2am", "place-dandong")["properties"];
    EXPECT_EQ(dandong["qualifier"], "more_than");
    EXPECT_EQ(dandong["class_label"], "> 30") << "a class of the one value 'more than 30' is open: > 30";
    EXPECT_EQ(documents_feature("log-2am", "place-jian")["properties"]["qualifier"], "less_than");
    const std::string qml = read_file(documents_out() / "log-2am.qml");
    EXPECT_TRUE(contains(qml, "more_than&apos; THEN &apos;&gt; &apos;")) << "QGIS labels must print the > mark";
    EXPECT_TRUE(contains(qml, "less_than&apos; THEN &apos;&lt; &apos;"));
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("log-2am");
    EXPECT_TRUE(contains_unspaced(text, "> 30")) << text;
    EXPECT_TRUE(contains_unspaced(text, "< 5")) << text;
    EXPECT_TRUE(contains(text, "more than")) << "the legend explains the mark:\n" << text;
    EXPECT_TRUE(contains(text, "less than")) << text;
    EXPECT_FALSE(contains(text, "\u2265")) << "no figure here is 'at least':\n" << text;
}

TEST(DocumentFigures, ReportsOfOneDayAtDifferentHoursAreTwoPeriods) {
    const auto two = documents_feature("log-2am", "place-tumen")["properties"];
    const auto five = documents_feature("log-5am", "place-tumen")["properties"];
    EXPECT_EQ(two["period"], "1961-05-08T02:00");
    EXPECT_EQ(two["period_start"], "1961-05-08T02:00:00");
    EXPECT_EQ(two["period_end"], "1961-05-08T02:00:59");
    EXPECT_EQ(five["period"], "1961-05-08T05:00") << "a space for the T is read the same";
    EXPECT_EQ(documents_feature("log-5am", "place-jian")["properties"]["value"], 3);
    const auto provenance = read_json(documents_out() / "log-2am.provenance.json");
    EXPECT_EQ(provenance["map"]["period"]["human"], "8 May 1961, 2 a.m.") << provenance["map"].dump(2);
    EXPECT_EQ(provenance["map"]["period"]["start"], "1961-05-08T02:00:00");
    // The same value at Tumen City at 2 and at 5 a.m. is two reports, not a duplicate.
    const RunResult check = run_bordermap({"check", (fixtures_dir() / "documents-atlas").string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_FALSE(contains(check.out, "duplicate")) << check.out;
    EXPECT_TRUE(contains(check.out, "8 May 1961, 5 a.m.")) << check.out;
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    EXPECT_TRUE(contains(pdf_text("log-5am"), "8 May 1961, 5 a.m.")) << "the legend gives the period in words";
}

TEST(DocumentFigures, ATimeZoneOrABadHourIsAClearError) {
    TempDir dir("documents-bad-time");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    replace_in_file(dir / "figures.csv", "Ji'an,log_crossers,3,exact,1961-05-08 05:00", "Ji'an,log_crossers,3,exact,1961-05-08T5:00");
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(check.exit_code, 0);
    EXPECT_TRUE(contains(check.out + check.err, "figures.csv:6")) << check.out << check.err;
    EXPECT_TRUE(contains(check.out + check.err, "no hour '5'")) << check.out << check.err;
    replace_in_file(dir / "figures.csv", "1961-05-08T5:00", "1961-05-08T05:00+09:00");
    const RunResult zone = run_bordermap({"build", dir.path().string()});
    EXPECT_NE(zone.exit_code, 0);
    EXPECT_TRUE(contains(zone.err, "time zone")) << zone.err;
    EXPECT_FALSE(fs::exists(dir / "out")) << "no partial output";
}

}  // namespace
