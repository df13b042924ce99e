// Every page the shared atlases draw keeps its text inside the page, and no text over other text
// (labels, legend, scale bar, inset, titles, footer), read back from the PDFs with poppler; the
// layout atlas draws one to six panels and single maps on 85 mm and 175 mm pages.
#include <gtest/gtest.h>

#include "page_words.hpp"
#include "svg_shapes.hpp"
#include "test_support.hpp"

using namespace bordermap::test;

namespace {

class PageLayout : public ::testing::TestWithParam<std::string> {};

TEST_P(PageLayout, EveryPageKeepsItsTextInsideAndApart) {
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const SharedAtlas& atlas = shared_atlas(GetParam());
    ASSERT_EQ(atlas.build.exit_code, 0) << atlas.build.err;
    int pages = 0;
    for (const std::string& file : list_files(atlas.out)) {
        if (fs::path(file).extension() != ".pdf") continue;
        ++pages;
        const PageWords page = page_words(atlas.out / file);
        EXPECT_FALSE(page.words.empty()) << file;
        for (const std::string& problem : layout_problems(page)) ADD_FAILURE() << file << ": " << problem;
    }
    EXPECT_GT(pages, 0);
}

TEST_P(PageLayout, EveryPageKeepsItsCirclesOnThePageAndClearOfTheLegend) {
    const SharedAtlas& atlas = shared_atlas(GetParam());
    ASSERT_EQ(atlas.build.exit_code, 0) << atlas.build.err;
    for (const std::string& file : list_files(atlas.out)) {
        if (fs::path(file).extension() != ".svg") continue;
        for (const std::string& problem : symbol_layout_problems(atlas.out / file)) ADD_FAILURE() << file << ": " << problem;
    }
}

INSTANTIATE_TEST_SUITE_P(SharedAtlases, PageLayout, ::testing::Values("example", "fixture", "classes", "series", "history", "honest", "layout"),
                         [](const auto& atlas_name) { return atlas_name.param; });

}  // namespace
