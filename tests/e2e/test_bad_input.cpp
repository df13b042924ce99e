// Bad input: a clear message naming the file and line and the fix, exit 1, no output, inputs untouched.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

// A copy of the small fixture atlas with one file edited, built into an output folder.
struct BrokenAtlas {
    TempDir dir{"broken"};
    BrokenAtlas() { copy_atlas(fixtures_dir() / "small-atlas", dir.path()); }
    void replace(const std::string& file, const std::string& from, const std::string& to) { replace_in_file(dir / file, from, to); }
    struct Outcome {
        RunResult run;
        std::vector<std::string> outputs;
        bool inputs_untouched;
    };
    Outcome build(const std::string& command = "build") {
        std::map<std::string, std::string> before;
        for (const auto& f : list_files(dir.path())) before[f] = read_file(dir / f);
        const auto out = dir / "out";
        RunResult r = command == "check" ? run_bordermap({"check", dir.path().string()})
                                         : run_bordermap({"build", dir.path().string(), "-o", out.string()});
        bool untouched = true;
        for (const auto& [f, content] : before) untouched = untouched && read_file(dir / f) == content;
        return {r, list_files(out), untouched};
    }
};

void expect_data_error(const BrokenAtlas::Outcome& outcome, const std::vector<std::string>& fragments) {
    EXPECT_EQ(outcome.run.exit_code, 1) << outcome.run.err;
    EXPECT_TRUE(outcome.outputs.empty()) << "no output may be left: " << outcome.outputs.size() << " files";
    EXPECT_TRUE(outcome.inputs_untouched);
    for (const auto& fragment : fragments) EXPECT_NE(outcome.run.err.find(fragment), std::string::npos) << "'" << fragment << "' not in:\n" << outcome.run.err;
}

}  // namespace

TEST(BadInput, MissingColumnNamesTheColumn) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "region,indicator,value,", "region,indicator,amount,");
    expect_data_error(atlas.build(), {"figures.csv", "no column 'value'", "Add a 'value' column"});
}

TEST(BadInput, ValueThatIsNotANumberNamesTheLine) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "Kirin,crossings,\"1,200\"", "Kirin,crossings,many");
    expect_data_error(atlas.build(), {"figures.csv:2", "'many' is not a number", "qualifier column"});
}

TEST(BadInput, UnknownRegionSuggestsTheNearestNames) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "Kirin,crossings,\"1,200\"", "Kirim,crossings,\"1,200\"");
    expect_data_error(atlas.build(), {"figures.csv:2", "'Kirim' is not in the gazetteer", "Did you mean 'Kirin' (CN-JL)"});
}

TEST(BadInput, UnknownIndicatorInTheAtlasNamesTheMapsLine) {
    BrokenAtlas atlas;
    atlas.replace("atlas.toml", "indicator = \"crossings\"", "indicator = \"crosings\"");
    expect_data_error(atlas.build(), {"atlas.toml:20", "'crosings'", "Declare it under [indicators]"});
}

TEST(BadInput, UnknownIndicatorInTheFiguresNamesTheRow) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "Amnok,bodies,", "Amnok,bodys,");
    expect_data_error(atlas.build(), {"figures.csv:6", "'bodys' is not declared", "'bodies'"});
}

TEST(BadInput, PeriodEndingBeforeItStarts) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "1961-01/1962-03", "1962-03/1961-01");
    expect_data_error(atlas.build(), {"figures.csv:3", "ends (1961-01) before it starts (1962-03)"});
}

TEST(BadInput, MissingSourceIdSuggestsKnownOnes) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "450,about,1961-01/1962-03,doc-b", "450,about,1961-01/1962-03,doc-c");
    expect_data_error(atlas.build(), {"figures.csv:3", "source 'doc-c' is not in", "'doc-a'"});
}

TEST(BadInput, UnreadableFiguresFile) {
    BrokenAtlas atlas;
    atlas.replace("atlas.toml", "figures = \"figures.csv\"", "figures = \"missing.csv\"");
    expect_data_error(atlas.build(), {"missing.csv", "does not exist"});
}

TEST(BadInput, FiguresFileThatIsNoTable) {
    BrokenAtlas atlas;
    write_file(atlas.dir / "figures.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0binary", 18));
    const auto outcome = atlas.build();
    EXPECT_EQ(outcome.run.exit_code, 1) << outcome.run.err;
    EXPECT_NE(outcome.run.err.find("figures.csv"), std::string::npos) << outcome.run.err;
    EXPECT_TRUE(outcome.outputs.empty());
}

TEST(BadInput, BrokenAtlasFileNamesItsLine) {
    BrokenAtlas atlas;
    atlas.replace("atlas.toml", "title = \"Crossings, 1961\"", "title = \"Crossings, 1961");
    expect_data_error(atlas.build(), {"atlas.toml:19", "not valid TOML"});
}

TEST(BadInput, UnknownMapSettingNamesItsLine) {
    BrokenAtlas atlas;
    atlas.replace("atlas.toml", "palette = \"Blues\"", "pallete = \"Blues\"");
    expect_data_error(atlas.build(), {"atlas.toml:28", "unknown map setting 'pallete'"});
}

TEST(BadInput, MapIdThatWouldEscapeTheOutputFolder) {
    BrokenAtlas atlas;
    atlas.replace("atlas.toml", "id = \"crossings\"", "id = \"../../escaped\"");
    expect_data_error(atlas.build(), {"atlas.toml:18", "cannot name an output file"});
    EXPECT_FALSE(fs::exists(atlas.dir.path().parent_path() / "escaped.png"));
}

TEST(BadInput, TwoFiguresForOneRegionInTheMapsPeriod) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "Kirin,crossings,99,exact,1962-01", "Kirin,crossings,99,exact,1961-06");
    expect_data_error(atlas.build(), {"figures.csv:5", "two figures for Jilin", "figures.csv:2"});
}

TEST(BadInput, AnErrorInTheLastMapLeavesNoOutputOfTheFirst) {
    BrokenAtlas atlas;
    atlas.replace("atlas.toml", "palette = \"Blues\"", "palette = \"NoSuchPalette\"");
    expect_data_error(atlas.build(), {"atlas.toml:", "'NoSuchPalette' is not known"});
}

TEST(BadInput, CheckReportsTheSameErrorWithoutWriting) {
    BrokenAtlas atlas;
    atlas.replace("figures.csv", "Kirin,crossings,\"1,200\"", "Kirim,crossings,\"1,200\"");
    const auto outcome = atlas.build("check");
    EXPECT_EQ(outcome.run.exit_code, 1);
    EXPECT_TRUE(outcome.inputs_untouched);
    EXPECT_TRUE(contains(outcome.run.out, "figures.csv:2: error: the region 'Kirim' is not in the gazetteer")) << outcome.run.out;
    EXPECT_TRUE(contains(outcome.run.out, "Did you mean 'Kirin' (CN-JL)")) << outcome.run.out;
}

TEST(BadInput, UnwritableOutputFolder) {
    BrokenAtlas atlas;
    write_file(atlas.dir / "blocker", "a file where the output folder should be");
    const auto r = run_bordermap({"build", atlas.dir.path().string(), "-o", (atlas.dir / "blocker" / "out").string()});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("cannot be created as an output folder"), std::string::npos) << r.err;
}
