// Figures the way documents give them (issue 13), on tests/fixtures/documents-atlas (invented
// figures): "over" and "under" figures, a log by the hour.
#include <gtest/gtest.h>
#include <algorithm>
#include <map>

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

// `check` fails with `expected` after `from` becomes `to` in `file` of the atlas in `dir`; the
// file is put back after.
void check_fails_after_edit(const TempDir& dir, const std::string& file, const std::string& from, const std::string& to,
                            const std::string& expected) {
    const std::string original = read_file(dir / file);
    replace_in_file(dir / file, from, to);
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(check.exit_code, 0) << to;
    EXPECT_TRUE(contains(check.out + check.err, expected)) << to << ":\n" << check.out << check.err;
    write_file(dir / file, original);
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

namespace {

// Derived figures: a cable gives Liaoning and Jilin together (4,701) and Liaoning (1,985).
TEST(DerivedFigures, AreMarkedOnTheMapWithAFootnoteSayingHow) {
    const auto jilin = documents_feature("fled-1961", "CN-JL")["properties"];
    EXPECT_EQ(jilin["derivation"], "4,701 \u2212 1,985");
    EXPECT_TRUE(documents_feature("fled-1961", "CN-LN")["properties"]["derivation"].is_null());
    const auto hunchun = documents_feature("log-5am", "place-hunchun")["properties"];
    EXPECT_EQ(hunchun["derivation"], "Tumen City 14 + 12") << "a [region] reference takes that region's figure of the same period";
    EXPECT_TRUE(contains(read_file(documents_out() / "fled-1961.qml"), "&quot;derivation&quot; IS NOT NULL THEN &apos;\u2020&apos;"));
    const auto provenance = read_json(documents_out() / "log-5am.provenance.json");
    bool found = false;
    for (const auto& subject : provenance["regions"]) {
        if (subject["feature"] != "place-hunchun") continue;
        const auto& d = subject["figure"]["derivation"];
        EXPECT_EQ(d["written"], "[Tumen City] + 12");
        EXPECT_EQ(d["comes_to"], 26);
        EXPECT_EQ(d["from_rows"], nlohmann::json::array({"figures.csv:7"}));
        found = true;
    }
    EXPECT_TRUE(found) << provenance.dump(1).substr(0, 3000);
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("fled-1961");
    EXPECT_TRUE(contains(text, "2,716\u2020")) << text;
    EXPECT_TRUE(contains(text, "derived, see note")) << text;
    EXPECT_TRUE(contains(text, "\u2020 Jilin: derived, 4,701 \u2212 1,985.")) << text;
    EXPECT_FALSE(contains(text, "1,985\u2020")) << "only the derived figure is marked";
}

TEST(DerivedFigures, CheckRecomputesThemAndBuildRefusesAWrongOne) {
    TempDir dir("documents-derived-wrong");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    replace_in_file(dir / "figures.csv", "Jilin,fled,2716,", "Jilin,fled,2706,");
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(check.exit_code, 0);
    EXPECT_TRUE(contains(check.out, "figures.csv:10")) << check.out;
    EXPECT_TRUE(contains(check.out, "derivation_mismatch")) << check.out;
    EXPECT_TRUE(contains(check.out, "is derived as 4,701 \u2212 1,985 = 2,716, but its value is 2,706")) << check.out;
    const RunResult build = run_bordermap({"build", dir.path().string()});
    EXPECT_NE(build.exit_code, 0);
    EXPECT_TRUE(contains(build.err, "is derived as")) << build.err;
    EXPECT_FALSE(fs::exists(dir / "out"));
    // An "about" figure may disagree with its sum: a warning, and the map is drawn.
    replace_in_file(dir / "figures.csv", "Jilin,fled,2706,,", "Jilin,fled,2706,about,");
    const RunResult about = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(about.exit_code, 0) << about.out;
    EXPECT_TRUE(contains(about.out, "derivation_mismatch")) << about.out;
}

TEST(DerivedFigures, ADerivationThatCannotBeWorkedOutIsAnErrorOfItsRow) {
    TempDir dir("documents-derived-bad");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    const auto check_says = [&](const std::string& from, const std::string& to, const std::string& expected) {
        check_fails_after_edit(dir, "figures.csv", from, to, expected);
    };
    check_says("Hunchun,log_crossers,26,derived,1961-05-08T05:00,invented-log,the log gives Tumen City and Hunchun together as 12 more than Tumen City,[Tumen City] + 12",
               "Hunchun,log_crossers,26,derived,1961-05-08T05:00,invented-log,,", "figures.csv:8: error: is marked derived but does not say how");
    check_says("[Tumen City] + 12", "[Tumen City] +", "ends with an operator");
    check_says("[Tumen City] + 12", "[Tumen Sity] + 12", "Tumen");
    check_says("[Tumen City] + 12", "[Yanji] + 12", "gives no figure of log_crossers for it in 8 May 1961, 5 a.m.");
}

}  // namespace

namespace {

// [[group]] in atlas.toml: the cable's "Liao-Ji" is Liaoning and Jilin together (4,701).
TEST(AtlasGroups, AGroupFigureIsOneFeatureBesideItsPart) {
    std::map<std::string, int> count;
    const auto layer = read_json(documents_out() / "fled-total-and-part.geojson");
    for (const auto& f : layer["features"]) ++count[f["properties"]["id"].get<std::string>()];
    EXPECT_EQ(count, (std::map<std::string, int>{{"CN-LN", 1}, {"liaoning-jilin", 1}})) << "the group's figure once, not once per member";
    const auto group = documents_feature("fled-total-and-part", "liaoning-jilin");
    EXPECT_EQ(group["properties"]["value"], 4701);
    EXPECT_EQ(group["properties"]["region_as_written"], "Liao-Ji") << "the group's other names resolve";
    EXPECT_EQ(group["properties"]["name_zh"], "\u8fbd\u5409");
    EXPECT_EQ(group["geometry"]["type"], "MultiPolygon");
    const auto figures = read_json(documents_out() / "figures_polygons.geojson");
    int in_figures_layer = 0;
    for (const auto& f : figures["features"]) in_figures_layer += f["properties"]["region_id"] == "liaoning-jilin";
    EXPECT_EQ(in_figures_layer, 1);
    // A total and its part on one map: no "two figures for Liaoning", no nested-regions warning.
    const RunResult check = run_bordermap({"check", (fixtures_dir() / "documents-atlas").string()});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_TRUE(contains(check.out, "fled-total-and-part: Test people who left (by group), 1961 \u2014 Liaoning 1,985, Liaoning and Jilin 4,701")) << check.out;
    EXPECT_TRUE(contains(check.out, "0 errors, 0 warnings")) << check.out;
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("fled-total-and-part");
    EXPECT_TRUE(contains(text, "4,701")) << text;
    EXPECT_TRUE(contains(text.substr(text.find('\n')), "Liaoning and Jilin")) << "the group's label, below the title:\n" << text;
    EXPECT_TRUE(contains(text, "those of Jilin and Liaoning changed")) << "a group's members' lines are named:\n" << text;
}

TEST(AtlasGroups, ABadGroupIsAnErrorAtItsLine) {
    TempDir dir("documents-bad-group");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    const auto check_says = [&](const std::string& from, const std::string& to, const std::string& expected) {
        check_fails_after_edit(dir, "atlas.toml", from, to, expected);
    };
    check_says("members = [\"Liaoning\", \"Kirin\"]", "members = [\"Liaoning\", \"Kiriin\"]", "the region 'Kiriin' is not in the gazetteer");
    check_says("members = [\"Liaoning\", \"Kirin\"]", "members = [\"Liaoning\"]", "at least two members");
    check_says("id = \"liaoning-jilin\"", "id = \"CN-LN\"", "the group id 'CN-LN' is already the id of a feature or group");
    check_says("[[group]]", "[[groups]]", "[[group]]");
}

}  // namespace

namespace {

// [[relation]] between regions: Liaoning + Jilin = the figure for both (invented figures).
TEST(RegionRelations, AGroupFigureIsCheckedAgainstItsMembers) {
    TempDir dir("documents-region-relation");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    write_file(dir / "figures.csv", read_file(dir / "figures.csv") + "Jilin,fled_by_group,2700,exact,1961,invented-cable,,\n");
    const RunResult wrong = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(wrong.exit_code, 0);
    EXPECT_TRUE(contains(wrong.out, "relation_mismatch")) << wrong.out;
    EXPECT_TRUE(contains(wrong.out, "the parts add up to 4,685 (Liaoning 1,985 + Jilin 2,700), but Liaoning and Jilin's fled_by_group is 4,701")) << wrong.out;
    const RunResult build = run_bordermap({"build", dir.path().string()});
    EXPECT_NE(build.exit_code, 0) << "exact figures that do not add up stop the build";
    replace_in_file(dir / "figures.csv", "Jilin,fled_by_group,2700,", "Jilin,fled_by_group,2716,");
    const RunResult right = run_bordermap({"check", dir.path().string()});
    EXPECT_FALSE(contains(right.out, "relation_mismatch")) << right.out;
    // Both members now have figures on the group's map: the group's fill is hidden under them.
    EXPECT_TRUE(contains(right.out, "every member of Liaoning and Jilin has a figure of its own on the map")) << right.out;
    EXPECT_TRUE(contains(right.out, "group_hidden")) << right.out;
    // A whole that is no group needs its parts named; an unknown region is an error at the relation.
    replace_in_file(dir / "atlas.toml", "whole_region = \"Liaoning and Jilin\"", "whole_region = \"Heilongjiang\"");
    const RunResult no_parts = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(no_parts.exit_code, 0);
    const std::string toml = read_file(dir / "atlas.toml");
    const auto relation_line = 1 + std::count(toml.begin(), toml.begin() + static_cast<long>(toml.find("[[relation]]")), '\n');
    EXPECT_TRUE(contains(no_parts.out, "atlas.toml:" + std::to_string(relation_line) + ":")) << no_parts.out;
    EXPECT_TRUE(contains(no_parts.out, "is no group, and part_regions is not given")) << no_parts.out;
    replace_in_file(dir / "atlas.toml", "whole_region = \"Heilongjiang\"", "whole_region = \"Heilongjang\"");
    const RunResult unknown = run_bordermap({"check", dir.path().string()});
    EXPECT_TRUE(contains(unknown.out, "the region 'Heilongjang' is not in the gazetteer")) << unknown.out;
}

}  // namespace

namespace {

// A document that names the returned but gives no number: the map says it is silent.
TEST(SilentDocuments, AMapOfNotReportedFiguresIsDrawnHatchedWithItsLegend) {
    const auto liaoning = documents_feature("returned-1961", "CN-LN")["properties"];
    EXPECT_EQ(liaoning["qualifier"], "not_reported");
    EXPECT_TRUE(liaoning["value"].is_null());
    EXPECT_EQ(liaoning["class_label"], "Not reported");
    const RunResult check = run_bordermap({"check", (fixtures_dir() / "documents-atlas").string()});
    EXPECT_TRUE(contains(check.out, "returned-1961: Test people returned, 1961 \u2014 Jilin not reported, Liaoning not reported\u00B9 (no value: the documents are silent)"))
        << check.out;
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("returned-1961");
    EXPECT_TRUE(contains(text, "Not reported")) << "the legend says the document is silent:\n" << text;
    EXPECT_TRUE(contains(text, "Liaoning\nnot reported")) << text;
}

TEST(SilentDocuments, AMapWithNoFigureSaysWhichPeriodsTheIndicatorHas) {
    TempDir dir("documents-no-figure");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "indicator = \"fled\"\nperiod = \"1961\"", "indicator = \"fled\"\nperiod = \"1962\"");
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(check.exit_code, 0);
    EXPECT_TRUE(contains(check.out, "the map 'fled-1961' has no figure of 'fled' for 1962")) << check.out;
    EXPECT_TRUE(contains(check.out, "The table has 3 figures of 'fled', for 1961: set the map's period to one of them.")) << check.out;
}

}  // namespace

namespace {

// Names that say what the map says: the labels check lists, the names table hints point to.
TEST(DocumentNames, NoTodayNoteForAnUnchangedNameAndCheckListsTheLabels) {
    TempDir dir("documents-names");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    write_file(dir / "names.csv",
               "id,name,system,kind,from,to,note\n"
               "place-tumen,Tumen City,pinyin,name,1900,1965,the same name dated: not a name of the period to explain\n");
    replace_in_file(dir / "atlas.toml", "sources = \"sources.csv\"", "sources = \"sources.csv\"\ngazetteer = \"names.csv\"");
    replace_in_file(dir / "atlas.toml", "names = \"modern\"", "names = \"period\"");
    const RunResult check = run_bordermap({"check", dir.path().string()});
    ASSERT_EQ(check.exit_code, 0) << check.out << check.err;
    EXPECT_TRUE(contains(check.out, "log-5am: Test crossers in the border posts' log, 8 May 1961, 5 a.m. \u2014 Andong (Dandong) 12")) << check.out;
    const RunResult build = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string(), "-q"});
    ASSERT_EQ(build.exit_code, 0) << build.err;
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = run_program("pdftotext", {(dir / "out" / "log-5am.pdf").string(), "-"}).out;
    EXPECT_TRUE(contains(text, "Andong (today Dandong)")) << text;
    const auto provenance = read_json(dir / "out" / "log-5am.provenance.json");
    bool dated = false;  // the test means something only if the dated row labels Tumen City
    for (const auto& region : provenance["regions"]) dated = dated || (region["feature"] == "place-tumen" && region.contains("label_from"));
    EXPECT_TRUE(dated) << provenance["regions"].dump(1);
    EXPECT_FALSE(contains(text, "(today Tumen City)")) << text;
}

TEST(DocumentNames, AnUnknownNamePointsToTheAtlasNamesAndItsOwnNamesFirst) {
    TempDir dir("documents-unknown-name");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    replace_in_file(dir / "figures.csv", "Heilongjiang,fled,640,", "Liao,fled,640,");
    const RunResult without = run_bordermap({"check", dir.path().string()});
    EXPECT_TRUE(contains(without.out, "the region 'Liao' is not in the gazetteer")) << without.out;
    EXPECT_TRUE(contains(without.out, "gazetteer = \"names.csv\" under [atlas]")) << "not the read-only bundled gazetteer:\n" << without.out;
    EXPECT_FALSE(contains(without.out, "geodata/gazetteer.csv")) << without.out;
    // "Liao" is part of the atlas's own group name "Liao-Ji": suggested first.
    EXPECT_TRUE(contains(without.out, "Did you mean 'Liao-Ji' (liaoning-jilin)")) << without.out;
    write_file(dir / "names.csv", "id,name\nCN-HL,Heilungkiang\n");
    replace_in_file(dir / "atlas.toml", "sources = \"sources.csv\"", "sources = \"sources.csv\"\ngazetteer = \"names.csv\"");
    const RunResult with = run_bordermap({"check", dir.path().string()});
    EXPECT_TRUE(contains(with.out, "Otherwise add it to names.csv, the atlas's names table")) << with.out;
}

}  // namespace

namespace {

// Notes of chosen figures printed as numbered footnotes, their numbers on the labels.
TEST(FigureFootnotes, ChosenNotesAreNumberedOnLabelsAndFooter) {
    const auto provenance = read_json(documents_out() / "fled-1961.provenance.json");
    EXPECT_EQ(provenance["notes"]["footnotes"], nlohmann::json::array({"\u00B9 Jilin: the cable gives 4701 for Liaoning and Jilin together."}));
    const auto returned = read_json(documents_out() / "returned-1961.provenance.json");
    EXPECT_EQ(returned["notes"]["footnotes"].size(), 1u) << "Jilin's figure has no note: only Liaoning's is printed";
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = pdf_text("fled-1961");
    EXPECT_TRUE(contains(text, "2,716\u2020\u00B9")) << text;
    EXPECT_TRUE(contains(text, "\u00B9 Jilin: the cable gives 4701 for Liaoning and Jilin together.")) << text;
    EXPECT_FALSE(contains(text, "1,985\u00B9")) << "Liaoning is not chosen";
    const std::string silent = pdf_text("returned-1961");
    EXPECT_TRUE(contains(silent, "not reported\u00B9")) << silent;
    EXPECT_TRUE(contains(silent, "\u00B9 Liaoning: the cable gives no number of people returned.")) << silent;
}

TEST(FigureFootnotes, APageOfPanelsRefusesThemClearly) {
    TempDir dir("documents-footnote-panels");
    copy_atlas(fixtures_dir() / "honest-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "panels = [\n  { id = \"may-6\"", "footnotes = true\npanels = [\n  { id = \"may-6\"");
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_NE(check.exit_code, 0);
    EXPECT_TRUE(contains(check.out + check.err, "footnotes are not yet drawn on a page of panels (map 'crossers-by-day')")) << check.out << check.err;
}

}  // namespace

namespace {

// `render` is a one-map atlas: names table, boundary layers, name systems, footnotes; bad rows of
// other indicators do not stop it.
TEST(RenderAsAtlas, TakesANamesFileABoundaryLayerAndNameSystems) {
    TempDir dir("documents-render");
    for (const char* file : {"figures.csv", "sources.csv"}) fs::copy_file(fixtures_dir() / "documents-atlas" / file, dir / file);
    fs::copy_file(fixtures_dir() / "history-atlas" / "jilin-1961.geojson", dir / "jilin-1961.geojson");
    write_file(dir / "names.csv", "id,name,system,kind,from,to,note\nCN-JL,Kirin Sheng,postal,name,,1965,invented for the test\n");
    write_file(dir / "figures.csv", read_file(dir / "figures.csv") + "Yanji,log_crossers,lots,exact,1961-05-08T05:00,invented-log,,\n");
    const std::vector<std::string> args{"render", "--figures", (dir / "figures.csv").string(), "--sources", (dir / "sources.csv").string(),
                                        "--indicator", "fled", "--label", "People who left", "--period", "1961",
                                        "--names", (dir / "names.csv").string(), "--name-systems", "postal, pinyin,",
                                        "--boundaries", (dir / "jilin-1961.geojson").string(), "--boundaries-years", "1955/1969",
                                        "--footnotes", "--format", "pdf,geojson", "-o", (dir / "out").string()};
    const RunResult r = run_bordermap(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.err, "left out " + (dir / "figures.csv").string() + ":17 (log_crossers, not on this map): the value 'lots' is not a number")) << r.err;
    const auto layer = read_json(dir / "out" / "fled-1961.geojson");
    bool kirin = false;
    for (const auto& f : layer["features"]) kirin = kirin || (f["properties"]["id"] == "CN-JL" && f["properties"]["label"] == "Kirin Sheng");
    EXPECT_TRUE(kirin) << "the names table and --name-systems label Jilin as Kirin Sheng";
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const std::string text = run_program("pdftotext", {(dir / "out" / "fled-1961.pdf").string(), "-"}).out;
    EXPECT_TRUE(contains(text, "jilin-1961 (1955 \u2013 1969)")) << "the boundary layer is named with its years:\n" << text;
    EXPECT_TRUE(contains(text, "\u00B9 Kirin Sheng: the cable gives 4701")) << text;
    // A bad row of the map's own indicator still stops it, naming the row.
    replace_in_file(dir / "figures.csv", "Heilongjiang,fled,640,", "Heilongjiang,fled,six hundred,");
    const RunResult bad = run_bordermap(args);
    EXPECT_NE(bad.exit_code, 0);
    EXPECT_TRUE(contains(bad.err, "figures.csv:13")) << bad.err;
    EXPECT_TRUE(contains(bad.err, "'six hundred' is not a number")) << bad.err;
}

}  // namespace

namespace {

TEST(FigureFootnotes, ARegionWithoutANoteIsWarnedOf) {
    TempDir dir("documents-footnote-without-note");
    copy_atlas(fixtures_dir() / "documents-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "footnotes = [\"Jilin\"]", "footnotes = [\"Jilin\", \"Heilongjiang\"]");
    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(check.exit_code, 0) << check.out;
    EXPECT_TRUE(contains(check.out, "map 'fled-1961': footnotes names Heilongjiang, but the map shows no note of a figure for it")) << check.out;
    EXPECT_TRUE(contains(check.out, "footnote_without_note")) << check.out;
}

}  // namespace

namespace {

TEST(FigureFootnotes, LayersCarryTheMarkAndQgisLabelsPrintIt) {
    EXPECT_EQ(documents_feature("fled-1961", "CN-JL")["properties"]["footnote_mark"], "\u00B9");
    EXPECT_TRUE(documents_feature("fled-1961", "CN-LN")["properties"]["footnote_mark"].is_null());
    EXPECT_EQ(documents_feature("returned-1961", "CN-LN")["properties"]["footnote_mark"], "\u00B9") << "a silent figure's note too";
    EXPECT_TRUE(contains(read_file(documents_out() / "fled-1961.qml"), "END END || coalesce(&quot;footnote_mark&quot;, &apos;&apos;)"));
}

}  // namespace
