// `bordermap check` judges each map's print in the style it is drawn in, not in the built-in one.
#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace bordermap::test;

TEST(CheckStyle, TheHatchingIsJudgedInTheMapsOwnStyle) {
    // Heilongjiang is not reported on several of the example's maps: drawn hatched.
    TempDir dir("check-style");
    copy_atlas(example_dir(), dir.path());
    const auto clean = run_bordermap({"check", dir.path().string()});
    ASSERT_EQ(clean.exit_code, 0) << clean.out << clean.err;
    EXPECT_FALSE(contains(clean.out, "the hatching of")) << clean.out;

    // A style whose hatching is as light as its background: the check must see it merge.
    write_file(dir / "atlas.toml", read_file(dir / "atlas.toml") + "\n[style]\ncolours.no_data_hatch = \"#fdfdfd\"\n");
    const auto faint = run_bordermap({"check", dir.path().string()});
    ASSERT_EQ(faint.exit_code, 0) << faint.out << faint.err;
    EXPECT_TRUE(contains(faint.out, "the hatching of 'Not reported' and its background")) << faint.out;
}
