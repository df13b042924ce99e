// Outputs that are byte-reproducible (GeoJSON, QML, SLD, provenance) compared exactly with committed
// text goldens in tests/golden/text/<atlas>/, as tippecanoe compares its tiles. A change in them is a
// change of what users get: refresh on purpose with
//   BORDERMAP_UPDATE_GOLDENS=1 ctest --preset default -L golden
// and read `git diff tests/golden` before committing.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

struct TextGoldenCase {
    std::string atlas;                    // a shared atlas (tests/CMakeLists.txt)
    std::vector<std::string> endings;     // every output whose name ends so is compared
};
void PrintTo(const TextGoldenCase& c, std::ostream* out) { *out << c.atlas; }  // names the test in CTest

// The outputs of one shared atlas that a golden covers, sorted.
std::set<std::string> covered_outputs(const fs::path& out, const TextGoldenCase& c) {
    std::set<std::string> files;
    for (const auto& file : list_files(out))
        for (const auto& ending : c.endings)
            if (file.ends_with(ending) && file.find('/') == std::string::npos) files.insert(file);
    return files;
}

// Where two texts first differ, as "line N: golden '...', built '...'".
std::string first_difference(const std::string& golden, const std::string& built) {
    std::istringstream a(golden), b(built);
    std::string line_a, line_b;
    for (int line = 1;; ++line) {
        const bool more_a = static_cast<bool>(std::getline(a, line_a)), more_b = static_cast<bool>(std::getline(b, line_b));
        if (!more_a && !more_b) return "they differ only in line endings";
        if (!more_a || !more_b || line_a != line_b) {
            const auto shown = [](bool more, const std::string& text) { return more ? "'" + text.substr(0, 200) + "'" : "(end of file)"; };
            return "line " + std::to_string(line) + ": golden " + shown(more_a, line_a) + ", built " + shown(more_b, line_b);
        }
    }
}

class TextGolden : public testing::TestWithParam<TextGoldenCase> {};

}  // namespace

TEST_P(TextGolden, OutputsEqualTheCommittedGoldens) {
    const TextGoldenCase& c = GetParam();
    const SharedAtlas& atlas = shared_atlas(c.atlas);
    ASSERT_EQ(atlas.build.exit_code, 0) << atlas.build.err;
    const fs::path goldens = golden_dir() / "text" / c.atlas;
    const std::set<std::string> built = covered_outputs(atlas.out, c);
    ASSERT_FALSE(built.empty()) << "no output of " << atlas.out << " ends in any of " << testing::PrintToString(c.endings);

    std::set<std::string> committed;
    for (const auto& file : list_files(goldens)) committed.insert(file);
    if (updating_goldens()) {
        for (const auto& file : committed)
            if (!built.contains(file)) fs::remove(goldens / file);
        for (const auto& file : built) write_file(goldens / file, read_file(atlas.out / file));
        GTEST_SKIP() << "rewrote " << built.size() << " text goldens in " << goldens;
    }

    for (const auto& file : built) {
        if (!committed.contains(file)) {
            ADD_FAILURE() << file << " has no golden in " << goldens << "; write it with BORDERMAP_UPDATE_GOLDENS=1";
            continue;
        }
        const std::string golden = read_file(goldens / file), output = read_file(atlas.out / file);
        EXPECT_TRUE(golden == output) << file << " differs from its golden, " << first_difference(golden, output)
                                      << " (built: " << atlas.out / file << ")";
    }
    for (const auto& file : committed)
        EXPECT_TRUE(built.contains(file)) << goldens / file << " is a golden of an output the build no longer writes";
}

INSTANTIATE_TEST_SUITE_P(
    Atlases, TextGolden,
    testing::Values(
        // The example: every style and provenance file, and one map's GeoJSON (the rest differ only in figures).
        TextGoldenCase{"example", {".qml", ".sld", ".provenance.json", "crossings-1961.geojson", "letters-1961.geojson"}},
        TextGoldenCase{"fixture", {".geojson", ".qml", ".sld", ".provenance.json"}},
        TextGoldenCase{"history", {".qml", ".sld", ".provenance.json", "crossings.geojson", "figures_polygons.geojson"}}),
    [](const testing::TestParamInfo<TextGoldenCase>& test_case) { return test_case.param.atlas; });
