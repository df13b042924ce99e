// The command line's contract: --help everywhere, --version, and exit codes 0/1/2.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;

TEST(Cli, VersionPrintsTheVersion) {
    const auto r = run_bordermap({"--version"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("bordermap 0."), std::string::npos) << r.out;
}

TEST(Cli, HelpListsEverySubcommand) {
    const auto r = run_bordermap({"--help"});
    EXPECT_EQ(r.exit_code, 0);
    for (const char* command : {"build", "watch", "render", "check", "geodata"}) EXPECT_NE(r.out.find(command), std::string::npos) << command;
}

class SubcommandHelp : public testing::TestWithParam<const char*> {};

TEST_P(SubcommandHelp, ExitsZeroAndDescribesOptions) {
    const auto r = run_bordermap({GetParam(), "--help"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--help"), std::string::npos) << r.out;
}

INSTANTIATE_TEST_SUITE_P(All, SubcommandHelp, testing::Values("build", "watch", "render", "check", "geodata"));

TEST(Cli, NoSubcommandIsAUsageError) {
    const auto r = run_bordermap({});
    EXPECT_EQ(r.exit_code, 2);
}

TEST(Cli, UnknownOptionIsAUsageError) {
    const auto r = run_bordermap({"build", "--no-such-option"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("no-such-option"), std::string::npos) << r.err;
}

TEST(Cli, RenderWithoutRequiredOptionsIsAUsageError) {
    const auto r = run_bordermap({"render", "--figures", "x.csv"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("--sources"), std::string::npos) << r.err;
}

TEST(Cli, RenderWithBadPeriodIsAUsageError) {
    TempDir out("render-bad-period");
    const auto fixture = fixtures_dir() / "small-atlas";
    const auto r = run_bordermap({"render", "--figures", (fixture / "figures.csv").string(), "--sources",
                                  (fixture / "sources.csv").string(), "--indicator", "crossings", "--period", "1962/1961",
                                  "-o", out.path().string()});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("ends"), std::string::npos) << r.err;
    EXPECT_TRUE(list_files(out.path()).empty());
}

TEST(Cli, MissingAtlasIsADataError) {
    TempDir out("missing-atlas");
    const auto r = run_bordermap({"build", (out / "nowhere.toml").string(), "-o", (out / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("nowhere.toml"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
}
