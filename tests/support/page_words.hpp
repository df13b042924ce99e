#pragma once
// The words a PDF page shows and where (poppler's pdftotext -bbox), to check a page's layout:
// that nothing is cut by the page's edge and that no text is drawn over other text.
#include <string>
#include <vector>

#include "test_support.hpp"

namespace bordermap::test {

struct PageWord {
    std::string text;
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // points, from the page's top-left
};
struct PageWords {
    double width = 0, height = 0;  // the page, in points
    std::vector<PageWord> words;
};
// The first page's words; an empty page of size 0 when pdftotext fails.
PageWords page_words(const fs::path& pdf);

// What is wrong with the page's text, one line each: words that stick out of the page, and pairs
// of words that overlap (by more than a fifth of the smaller one: glyph boxes of adjacent lines
// may touch). Empty when the layout is clean.
std::vector<std::string> layout_problems(const PageWords& page);

}  // namespace bordermap::test
