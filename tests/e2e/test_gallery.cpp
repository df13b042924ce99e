// index.html in a real browser: headless Chromium opens the built example's gallery from the file
// system (no server, no network) and every map's card reports its image loaded; with an image
// deleted, that card reports it missing. Every link and image names a file in the output folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "bordermap/atlas/gallery.hpp"
#include "test_support.hpp"

using namespace bordermap::test;

namespace {

// The figures the example draws: one card each, in the atlas's order.
const std::vector<std::string> example_figures{"crossings-1961",    "crossings-1961-per-month", "sent-back-1961",
                                               "bodies-found-1961", "letters-1961",             "crossers-1961",
                                               "crossings-per-month-1961", "crossings-per-month-1962-01"};

std::string file_url(const fs::path& file) {
    std::string url = "file://";
    for (const auto& part : fs::absolute(file).relative_path()) url += "/" + bordermap::url_path_segment(part.string());
    return url;
}

std::string percent_decoded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The page's DOM once Chromium has loaded it and run its handlers. Chromium's stderr is noise in a
// container (D-Bus, GPU): only the DOM counts.
RunResult browser_dom(const fs::path& page, const fs::path& profile) {
    // --no-sandbox: root and most containers cannot start Chromium's sandbox; the page is our own.
    // The resolver rule fails every host name, so a page that needed a network would show it.
    // `timeout` ends a browser that hangs; the virtual time budget lets the page's loads finish first.
    return run_program("timeout", {"-k", "10", "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                   "--user-data-dir=" + profile.string(), "--host-resolver-rules=MAP * ~NOTFOUND",
                                   "--virtual-time-budget=10000", "--dump-dom", file_url(page)});
}

// Each card's map id and the state its image handler left: "loaded", "missing", "none" or "pending".
std::map<std::string, std::string> card_states(const std::string& dom) {
    const std::regex article("<article\\b[^>]*>"), id("\\bid=\"map-([^\"]*)\""), state("\\bdata-image=\"([^\"]*)\"");
    std::map<std::string, std::string> states;
    for (auto it = std::sregex_iterator(dom.begin(), dom.end(), article); it != std::sregex_iterator(); ++it) {
        const std::string tag = it->str();
        std::smatch found_id, found_state;
        if (std::regex_search(tag, found_id, id) && std::regex_search(tag, found_state, state)) states[found_id[1]] = found_state[1];
        else states["?" + tag] = "unreadable";
    }
    return states;
}

// Every href and src of the page, decoded to file names.
std::vector<std::string> referenced_files(const std::string& html) {
    const std::regex reference("\\b(?:href|src)=\"([^\"]*)\"");
    std::vector<std::string> files;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), reference); it != std::sregex_iterator(); ++it)
        files.push_back(percent_decoded((*it)[1]));
    return files;
}

class GalleryOfExample : public testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(build().exit_code, 0) << build().err; }
    static const fs::path& out() { return shared_atlas("example").out; }
    static const RunResult& build() { return shared_atlas("example").build; }
};

// The browser tests: named apart so that the sanitizer run can leave them out (another process).
class GalleryBrowser : public GalleryOfExample {
protected:
    void SetUp() override {
        GalleryOfExample::SetUp();
        if (!program_available("chromium")) GTEST_SKIP() << "chromium is not installed (scripts/install-deps.sh installs it)";
    }
};

}  // namespace

TEST_F(GalleryOfExample, EveryLinkAndImageIsAFileInTheOutputFolder) {
    const std::string html = read_file(out() / "index.html");
    const auto files = referenced_files(html);
    ASSERT_FALSE(files.empty());
    for (const auto& file : files) {
        EXPECT_EQ(file.find('/'), std::string::npos) << file << ": links stay in the folder";
        EXPECT_TRUE(fs::is_regular_file(out() / file)) << file << " is linked but was not written";
    }
    // And every figure file and map layer the build wrote is linked (the atlas-wide files are not cards).
    for (const auto& written : list_files(out())) {
        const bool figure = written.ends_with(".pdf") || written.ends_with(".svg") || written.ends_with(".png");
        const bool layer = written.ends_with(".provenance.json") || (written.ends_with(".geojson") && !written.starts_with("figures_"));
        if (figure || layer) {
            EXPECT_NE(std::find(files.begin(), files.end(), written), files.end()) << written << " is not linked";
        }
    }
    EXPECT_TRUE(contains(html, "href=\"crossers-1961-remaining-in-dprk.geojson\" aria-label=\"GeoJSON: Still in North Korea\">Still in North Korea</a>"));
}

TEST_F(GalleryBrowser, EveryMapsCardIsThereWithItsImageLoaded) {
    TempDir profile("gallery-profile");
    const RunResult r = browser_dom(out() / "index.html", profile.path());
    ASSERT_TRUE(contains(r.out, "</html>")) << "chromium exited " << r.exit_code << " without a DOM; stderr ends: "
                                            << r.err.substr(r.err.size() > 2000 ? r.err.size() - 2000 : 0);
    std::map<std::string, std::string> expected;
    for (const auto& id : example_figures) expected[id] = "loaded";
    EXPECT_EQ(card_states(r.out), expected);
    EXPECT_TRUE(contains(r.out, "<h1>The Sino-Korean border, 1957-1962</h1>"));
    EXPECT_TRUE(contains(r.out, "alt=\"Ethnic Koreans crossing into North Korea, 1961\""));
    EXPECT_TRUE(contains(r.out, "PRC FMA 118-01025-02"));
}

TEST_F(GalleryBrowser, ADeletedImageIsReportedOnItsCard) {
    TempDir copy("gallery-copy"), profile("gallery-profile");
    fs::copy(out(), copy.path(), fs::copy_options::recursive);
    ASSERT_TRUE(fs::remove(copy / "crossings-1961.png"));
    const RunResult r = browser_dom(copy / "index.html", profile.path());
    ASSERT_TRUE(contains(r.out, "</html>")) << "chromium exited " << r.exit_code << " without a DOM";
    std::map<std::string, std::string> expected;
    for (const auto& id : example_figures) expected[id] = id == "crossings-1961" ? "missing" : "loaded";
    EXPECT_EQ(card_states(r.out), expected);
}
