// Rendered maps compared with committed golden images, within a tolerance for font rasterising.
// Refresh them on purpose with: BORDERMAP_UPDATE_GOLDENS=1 ctest -L golden   (then look at them).
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

struct GoldenCase {
    const char* name;     // golden file stem
    const char* atlas;    // "example", "fixture" (small-atlas) or "classes" (classes-atlas)
    const char* map_id;
    std::vector<std::string> style_options = {};  // --style and --set arguments
};
void PrintTo(const GoldenCase& c, std::ostream* out) { *out << c.name; }  // names the test in CTest

// The shared atlases built at 100 dpi (small golden files), tests/CMakeLists.txt.
fs::path shared_at_100_dpi(const std::string& which) {
    // small-atlas, honest-atlas and documents-atlas are at 100 dpi already
    const SharedAtlas& atlas = shared_atlas(which == "fixture" || which == "honest" || which == "documents" ? which : which + "-100dpi");
    EXPECT_EQ(atlas.build.exit_code, 0) << atlas.build.err;
    return atlas.out;
}

// The atlas text with only one of its [[map]] tables, the one whose id is `map_id` (the other tables,
// relations and defaults among them, stay): a style case draws one map, not the whole atlas.
std::string with_only_map(const std::string& atlas, const std::string& map_id) {
    std::string kept;
    std::istringstream lines(atlas);
    std::string block, line;
    const auto keep_block = [&] {
        const bool other_map = block.starts_with("[[map]]") && !contains(block, "\nid = \"" + map_id + "\"\n");
        if (!other_map) kept += block;
        block.clear();
    };
    while (std::getline(lines, line)) {
        const bool map_subtable = line.starts_with("[map.") || line.starts_with("[[map.");
        if (line.starts_with("[") && !map_subtable) keep_block();
        block += line + "\n";
    }
    keep_block();
    EXPECT_TRUE(contains(kept, "\nid = \"" + map_id + "\"\n")) << "the atlas has no [[map]] with id = \"" << map_id << "\"";
    return kept;
}

// Copies an atlas into `dir` at 100 dpi with only the map `map_id`, and builds it with style options.
fs::path build_at_100_dpi(const std::string& which, const std::string& map_id, const TempDir& dir,
                          const std::vector<std::string>& style_options) {
    const fs::path source = which == "example" ? example_dir() : which == "classes" ? fixtures_dir() / "classes-atlas" : fixtures_dir() / "small-atlas";
    copy_atlas(source, dir.path());
    std::string atlas = with_only_map(read_file(dir / "atlas.toml"), map_id);
    const auto dpi = atlas.find("dpi = ");
    atlas.replace(dpi, atlas.find('\n', dpi) - dpi, "dpi = 100");
    write_file(dir / "atlas.toml", atlas);
    std::vector<std::string> args{"build", dir.path().string(), "-o", (dir / "out").string(), "-q"};
    args.insert(args.end(), style_options.begin(), style_options.end());
    const auto r = run_bordermap(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return dir / "out";
}

class GoldenImage : public testing::TestWithParam<GoldenCase> {};

}  // namespace

TEST_P(GoldenImage, MatchesWithinTolerance) {
    const GoldenCase c = GetParam();
    TempDir dir(std::string("golden-") + c.name);
    const fs::path out = c.style_options.empty() ? shared_at_100_dpi(c.atlas) : build_at_100_dpi(c.atlas, c.map_id, dir, c.style_options);
    const fs::path rendered = out / (std::string(c.map_id) + ".png");
    ASSERT_TRUE(fs::exists(rendered));
    const fs::path golden = golden_dir() / (std::string(c.name) + ".png");
    if (updating_goldens()) {
        fs::copy_file(rendered, golden, fs::copy_options::overwrite_existing);
        GTEST_SKIP() << "updated " << golden;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; create it with BORDERMAP_UPDATE_GOLDENS=1";
    const ImageDifference d = compare_png(rendered, golden);
    ASSERT_EQ(d.width_a, d.width_b);
    ASSERT_EQ(d.height_a, d.height_b);
    // Up to 0.5% of pixels may differ visibly (antialiasing, font versions); a changed colour,
    // label or legend differs in far more.
    if (d.differing_fraction > 0.005) {
        const fs::path report = fs::temp_directory_path() / (std::string("bordermap-golden-") + c.name);
        fs::create_directories(report);
        fs::copy_file(rendered, report / "rendered.png", fs::copy_options::overwrite_existing);
        write_difference_png(rendered, golden, report / "difference.png");
        ADD_FAILURE() << c.name << ": " << d.differing_fraction * 100 << "% of pixels differ (mean " << d.mean_abs_difference
                      << "); see " << report;
    }
}

INSTANTIATE_TEST_SUITE_P(Maps, GoldenImage,
                         testing::Values(GoldenCase{"example-crossings-1961", "example", "crossings-1961"},
                                         GoldenCase{"example-crossings-1961-per-month", "example", "crossings-1961-per-month"},
                                         GoldenCase{"example-sent-back-1961", "example", "sent-back-1961"},
                                         GoldenCase{"example-bodies-found-1961", "example", "bodies-found-1961"},
                                         GoldenCase{"example-letters-1961", "example", "letters-1961"},
                                         GoldenCase{"example-crossers-1961-small-multiples", "example", "crossers-1961"},
                                         GoldenCase{"fixture-crossings", "fixture", "crossings"},
                                         GoldenCase{"fixture-rivers", "fixture", "rivers"},
                                         GoldenCase{"classes-natural-breaks", "classes", "natural-breaks"},
                                         GoldenCase{"classes-unclassed", "classes", "unclassed"},
                                         GoldenCase{"classes-diverging", "classes", "diverging"},
                                         GoldenCase{"honest-households-1961", "honest", "households-1961"},
                                         GoldenCase{"honest-households-1962", "honest", "households-1962"},
                                         GoldenCase{"honest-letters-fixed-scale", "honest", "letters-fixed-scale"},
                                         GoldenCase{"honest-crossers-by-day", "honest", "crossers-by-day"},
                                         GoldenCase{"honest-close-values", "honest", "close-values"},
                                         GoldenCase{"honest-far-values", "honest", "far-values"},
                                         GoldenCase{"honest-country-and-capital", "honest", "country-and-capital"},
                                         GoldenCase{"honest-places-under-circles", "honest", "places-under-circles"},
                                         GoldenCase{"documents-log-2am", "documents", "log-2am"},
                                         GoldenCase{"documents-fled-1961", "documents", "fled-1961"},
                                         GoldenCase{"documents-fled-total-and-part", "documents", "fled-total-and-part"},
                                         GoldenCase{"documents-returned-1961", "documents", "returned-1961"},
                                         GoldenCase{"honest-provinces-and-towns", "honest", "provinces-and-towns"},
                                         // Each bundled style, and each piece of furniture a style can switch on.
                                         GoldenCase{"style-grayscale-crossings-1961", "example", "crossings-1961", {"--style", "grayscale"}},
                                         GoldenCase{"style-slide-sent-back-1961", "example", "sent-back-1961", {"--style", "slide"}},
                                         GoldenCase{"furniture-inset-second-line", "example", "crossings-1961",
                                                    {"--set", "furniture.inset=true", "--set", "labels.second_line=\"zh\"",
                                                     "--set", "furniture.north_arrow=false"}},
                                         GoldenCase{"furniture-graticule-korean", "example", "bodies-found-1961",
                                                    {"--set", "furniture.graticule=true", "--set", "furniture.graticule_step_deg=2",
                                                     "--set", "labels.second_line=\"ko\"", "--set", "furniture.scale_bar=false"}}),
                         [](const auto& test_case) {
                             std::string name = test_case.param.name;
                             for (char& ch : name) if (ch == '-') ch = '_';
                             return name;
                         });

TEST(GoldenImage, ComparisonDetectsAChangedMap) {
    // The tolerance must not hide a real change: two different maps must differ by far more.
    const fs::path out = shared_at_100_dpi("fixture");
    const ImageDifference d = compare_png(out / "crossings.png", golden_dir() / "fixture-crossings.png");
    ASSERT_EQ(d.width_a, d.width_b);
    TempDir other("golden-sensitivity-other");
    copy_atlas(fixtures_dir() / "small-atlas", other.path());
    replace_in_file(other / "figures.csv", "\"1,200\"", "10");  // Jilin drops to the lowest class
    ASSERT_EQ(run_bordermap({"build", other.path().string(), "-o", (other / "out").string(), "-q"}).exit_code, 0);
    const ImageDifference changed = compare_png(other / "out" / "crossings.png", golden_dir() / "fixture-crossings.png");
    EXPECT_GT(changed.differing_fraction, 0.02);
}
