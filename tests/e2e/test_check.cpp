// `bordermap check`: every problem at once, with its file and line; relations, conflicts, JSON, --strict.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

json finding(const json& report, const std::string& code) {
    for (const auto& f : report["findings"])
        if (f["code"] == code) return f;
    return json();
}

}  // namespace

TEST(Check, ExampleReportsTheDocumentsOwnDiscrepancyAsAWarning) {
    const auto r = run_bordermap({"check", example_dir().string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "figures.csv:19: warning: the parts add up to 1,788")) << r.out;
    EXPECT_TRUE(contains(r.out, "applications_to_go is \u2248 1,778 (difference 10)")) << r.out;
    EXPECT_TRUE(contains(r.out, "no figure cites the source 'mfa-1957-12-17'")) << r.out;
    EXPECT_FALSE(contains(r.out, "no map shows this figure")) << "the crossings-per-month series maps January 1962 too\n" << r.out;
    EXPECT_TRUE(contains(r.out, "0 errors")) << r.out;
    EXPECT_FALSE(contains(r.out, "bodies_found is")) << "82 + 11 + 150 = 243 holds";
}

TEST(Check, AFigureNoMapShowsIsAWarning) {
    const auto r = run_bordermap({"check", (fixtures_dir() / "small-atlas").string()});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out, "figures.csv:5: warning: no map shows this figure (crossings, January 1962)")) << r.out;
}

TEST(Check, StrictMakesWarningsFail) {
    EXPECT_EQ(run_bordermap({"check", example_dir().string(), "--strict"}).exit_code, 1);
}

TEST(Check, JsonReportNamesEachFindingsCodeAndPlace) {
    const auto r = run_bordermap({"check", example_dir().string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json report = json::parse(r.out);
    EXPECT_EQ(report["errors"], 0);
    const json mismatch = finding(report, "relation_mismatch");
    ASSERT_FALSE(mismatch.is_null()) << r.out;
    EXPECT_EQ(mismatch["severity"], "warning");
    EXPECT_TRUE(std::string(mismatch["where"]).ends_with("figures.csv:19"));
    EXPECT_FALSE(finding(report, "unused_source").is_null());
}

TEST(Check, ReportsEveryBadRowNotOnlyTheFirst) {
    TempDir dir("check-many");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "figures.csv", "Kirin,crossings,\"1,200\"", "Kirim,crossings,\"1,200\"");
    replace_in_file(dir / "figures.csv", "Amnok,bodies,30", "Amnok,bodies,thirty");
    replace_in_file(dir / "figures.csv", "두만강,bodies,12,at_least,1961", "두만강,bodies,12,at_least,1962/1961");
    const auto r = run_bordermap({"check", dir.path().string(), "--format", "json"});
    EXPECT_EQ(r.exit_code, 1);
    const json report = json::parse(r.out);
    EXPECT_GE(report["errors"].get<int>(), 3);
    EXPECT_TRUE(std::string(finding(report, "unknown_region")["where"]).ends_with("figures.csv:2"));
    EXPECT_TRUE(std::string(finding(report, "not_a_number")["where"]).ends_with("figures.csv:6"));
    EXPECT_TRUE(std::string(finding(report, "bad_period")["where"]).ends_with("figures.csv:7"));
    // build still stops at the first one and writes nothing.
    const auto build = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string()});
    EXPECT_EQ(build.exit_code, 1);
    EXPECT_TRUE(list_files(dir / "out").empty());
}

TEST(Check, ExactFiguresThatDoNotAddUpAreAnError) {
    TempDir dir("check-relation");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "[defaults]", "part = { label = \"Part\" }\n\n[[relation]]\nwhole = \"crossings\"\nparts = [\"part\"]\n\n[defaults]");
    write_file(dir / "figures.csv", read_file(dir / "figures.csv") + "Kirin,part,1100,exact,1961,doc-a,2,,\n");
    const auto r = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(r.exit_code, 1) << r.out;
    EXPECT_TRUE(contains(r.out, "figures.csv:2: error: the parts add up to 1,100 (part 1,100), but crossings is 1,200 (difference -100)")) << r.out;
}

TEST(Check, ToleranceAcceptsASmallDifference) {
    TempDir dir("check-tolerance");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "[defaults]",
                    "part = { label = \"Part\" }\n\n[[relation]]\nwhole = \"crossings\"\nparts = [\"part\"]\ntolerance = 0.1\n\n[defaults]");
    write_file(dir / "figures.csv", read_file(dir / "figures.csv") + "Kirin,part,1100,exact,1961,doc-a,2,,\n");
    const auto r = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_FALSE(contains(r.out, "relation_mismatch")) << r.out;
}

TEST(Check, ConflictingSourcesAndDuplicatesAreReported) {
    TempDir dir("check-conflict");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    write_file(dir / "figures.csv", read_file(dir / "figures.csv") + "Jilin,crossings,1300,exact,1961,doc-b,,,\n" +
                                        "Amnok,bodies,30,exact,1961,doc-a,2,,\n");
    const auto r = run_bordermap({"check", dir.path().string(), "--format", "json"});
    const json report = json::parse(r.out);
    const json conflict = finding(report, "conflict");
    ASSERT_FALSE(conflict.is_null()) << r.out;
    EXPECT_TRUE(std::string(conflict["where"]).ends_with("figures.csv:8"));
    EXPECT_TRUE(contains(conflict["message"], "1,300 (doc-b) against 1,200 (doc-a)")) << conflict;
    const json duplicate = finding(report, "duplicate");
    ASSERT_FALSE(duplicate.is_null()) << r.out;
    EXPECT_TRUE(std::string(duplicate["where"]).ends_with("figures.csv:9"));
    // The crossings map cannot choose between Jilin's two 1961 figures: that is an error.
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_FALSE(finding(report, "map").is_null());
}

TEST(Check, RelationNamingAnUndeclaredIndicatorIsAnAtlasError) {
    TempDir dir("check-relation-undeclared");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "[defaults]", "[[relation]]\nwhole = \"crossings\"\nparts = [\"nope\"]\n\n[defaults]");
    const auto r = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "atlas.toml:11: the relation names the indicator 'nope'")) << r.err;
}

// The print check: classes that merge in grayscale or in colour are warned about, naming the
// map's atlas line and the two classes; a palette that keeps its classes apart says nothing.
TEST(Check, PrintCheckWarnsAboutClassesThatMergeInPrint) {
    const auto r = run_bordermap({"check", (fixtures_dir() / "print-atlas").string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.out << r.err;  // warnings only
    const json report = json::parse(r.out);
    EXPECT_EQ(report["errors"], 0);

    const json gray = finding(report, "print_grayscale");
    ASSERT_FALSE(gray.is_null()) << r.out;
    EXPECT_EQ(gray["severity"], "warning");
    EXPECT_TRUE(std::string(gray["where"]).ends_with("atlas.toml:20")) << gray;
    EXPECT_TRUE(contains(gray["message"], "map 'ylorrd-nine': printed in grayscale, the classes '10 \u2013 15' and '20 \u2013 25' merge (CIEDE2000 3.1; at least 4 needed); so do the classes '20 \u2013 25' and '30 \u2013 35' (3.5)"))
        << gray;

    const json colour = finding(report, "print_colour");
    ASSERT_FALSE(colour.is_null()) << r.out;
    EXPECT_TRUE(std::string(colour["where"]).ends_with("atlas.toml:26")) << colour;
    EXPECT_TRUE(contains(colour["message"], "map 'greys-nine': the classes '10 \u2013 15' and '20 \u2013 25' are hard to tell apart even in colour (CIEDE2000 3.0;"))
        << colour;

    // Each finding is about one map; the five-class map passes, and no palette here fails only for
    // colour-blind readers (YlOrRd, Blues and Greys are colour-blind safe up to 7 classes).
    int print_findings = 0;
    for (const auto& f : report["findings"]) {
        const std::string code = f["code"];
        if (!code.starts_with("print_")) continue;
        ++print_findings;
        EXPECT_FALSE(contains(f["message"], "ylorrd-five")) << f;
        EXPECT_NE(code, "print_cvd") << f;
    }
    EXPECT_EQ(print_findings, 2) << r.out;

    // In text, with --strict the warnings fail the check.
    const auto text = run_bordermap({"check", (fixtures_dir() / "print-atlas").string()});
    EXPECT_TRUE(contains(text.out, "atlas.toml:20: warning: map 'ylorrd-nine': printed in grayscale")) << text.out;
    EXPECT_TRUE(contains(text.out, "[print_grayscale]")) << text.out;
    EXPECT_EQ(run_bordermap({"check", (fixtures_dir() / "print-atlas").string(), "--strict"}).exit_code, 1);
}

TEST(Check, PrintCheckIsQuietAboutTheExample) {
    const auto r = run_bordermap({"check", example_dir().string(), "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json report = json::parse(r.out);  // kept alive: a range-for over a temporary's member dangles
    ASSERT_TRUE(report.contains("findings"));
    for (const auto& f : report["findings"]) EXPECT_FALSE(std::string(f["code"]).starts_with("print_")) << f;
}
