// `check` and `build` share one validation: an atlas check accepts builds, and one it rejects
// leaves no output. Each bad atlas below is the honest-atlas fixture with one change (invented figures).
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

struct Disagreement {
    const char* name;
    const char* atlas_from;  // replaced in atlas.toml ("" appends `atlas_to`)
    const char* atlas_to;
    const char* figures_row;  // appended to figures.csv, or ""
    const char* expected;     // in both check's report and build's error
};

class CheckAgreesWithBuild : public ::testing::TestWithParam<Disagreement> {};

TEST_P(CheckAgreesWithBuild, BothRefuseAndBuildWritesNothing) {
    const Disagreement& d = GetParam();
    const TempDir dir(std::string("check-agrees-") + d.name);
    copy_atlas(fixtures_dir() / "honest-atlas", dir.path());
    const fs::path atlas = dir.path() / "atlas.toml";
    if (std::string(d.atlas_from).empty()) write_file(atlas, read_file(atlas) + d.atlas_to);
    else replace_in_file(atlas, d.atlas_from, d.atlas_to);
    if (!std::string(d.figures_row).empty()) write_file(dir.path() / "figures.csv", read_file(dir.path() / "figures.csv") + d.figures_row);

    const RunResult check = run_bordermap({"check", dir.path().string()});
    EXPECT_EQ(check.exit_code, 1) << check.out;
    EXPECT_TRUE(contains(check.out, d.expected)) << check.out;
    EXPECT_TRUE(contains(check.out, "errors found")) << check.out;

    const fs::path out = dir.path() / "maps";
    const RunResult build = run_bordermap({"build", dir.path().string(), "-o", out.string()});
    EXPECT_EQ(build.exit_code, 1) << build.err;
    EXPECT_TRUE(contains(build.err, d.expected)) << build.err;
    EXPECT_FALSE(fs::exists(out) && !fs::is_empty(out)) << "a refused build wrote into " << out;
}

INSTANTIATE_TEST_SUITE_P(
    Atlases, CheckAgreesWithBuild,
    ::testing::Values(
        // Laid out only when drawn: a page too short for its title and footer.
        Disagreement{"short-page", "height_mm = 110", "height_mm = 40", "", "leaves no room for the map under its title"},
        // Named only when planned: a map whose id is another map's points layer.
        Disagreement{"layer-name-clash", "",
                     "\n[[map]]\nid = \"provinces-and-towns-points\"\ntitle = \"Clash\"\nindicator = \"returned\"\nperiod = \"1961\"\n", "",
                     "would write 'provinces-and-towns-points.geojson'"},
        // Checked only by check before: exact figures that break a declared relation.
        Disagreement{"relation-mismatch", "", "\n[[relation]]\nwhole = \"returned\"\nparts = [\"crossings\"]\n",
                     "Tumen City,returned,10,exact,1960,invented,\n", "the parts add up to 950 (crossings 950), but returned is 10"}),
    [](const ::testing::TestParamInfo<Disagreement>& param) {
        std::string name = param.param.name;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

// Every fixture atlas the suite builds is accepted by check, as its build succeeded.
TEST(CheckAgreesWithBuild, EveryFixtureAtlasTheSuiteBuildsPassesCheck) {
    const std::vector<std::pair<std::string, fs::path>> atlases{{"example", example_dir()},
                                                                {"fixture", fixtures_dir() / "small-atlas"},
                                                                {"classes", fixtures_dir() / "classes-atlas"},
                                                                {"series", fixtures_dir() / "series-atlas"},
                                                                {"history", fixtures_dir() / "history-atlas"},
                                                                {"honest", fixtures_dir() / "honest-atlas"},
                                                                {"layout", fixtures_dir() / "layout-atlas"}};
    for (const auto& [name, folder] : atlases) {
        ASSERT_EQ(shared_atlas(name).build.exit_code, 0) << name << ": " << shared_atlas(name).build.err;
        const RunResult check = run_bordermap({"check", folder.string()});
        EXPECT_EQ(check.exit_code, 0) << name << ":\n" << check.out;
    }
}

}  // namespace
