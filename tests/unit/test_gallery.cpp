// index.html: escaped text, only the files given, the same bytes every time, nothing from a network.
#include <gtest/gtest.h>

#include <regex>

#include "bordermap/atlas/gallery.hpp"
#include "test_support.hpp"

using bordermap::GalleryEntry;
using bordermap::GalleryFigure;
using bordermap::gallery_entries;
using bordermap::gallery_html;
using bordermap::test::contains;

namespace {

GalleryEntry tricky_entry() {
    GalleryEntry entry;
    entry.id = "crossings-1961";
    entry.title = "\"Authorization letters\" & crossers <1961>";
    entry.subtitle = "Kirin (吉林省) and 압록강 'Yalu'";
    entry.period = "January 1961 \u2013 March 1962";
    entry.source_line = "Source: PRC FMA 118-01025-02, pp. 1\u20133 <draft> & notes.";
    entry.image = "crossings-1961.png";
    entry.links = {{"PDF", "crossings-1961.pdf"}, {"GeoJSON", "crossings-1961.geojson"}};
    return entry;
}

std::vector<std::string> all_matches(const std::string& text, const std::regex& pattern) {
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) found.push_back((*it)[1]);
    return found;
}

}  // namespace

TEST(Gallery, EscapesMarkupAndKeepsCjkAsUtf8) {
    const std::string page = gallery_html("Tom & Jerry's <atlas>", {tricky_entry()});
    EXPECT_TRUE(contains(page, "<title>Tom &amp; Jerry&apos;s &lt;atlas&gt;</title>"));
    EXPECT_TRUE(contains(page, "<h2>&quot;Authorization letters&quot; &amp; crossers &lt;1961&gt;</h2>"));
    EXPECT_TRUE(contains(page, "alt=\"&quot;Authorization letters&quot; &amp; crossers &lt;1961&gt;\""));
    EXPECT_TRUE(contains(page, "Kirin (吉林省) and 압록강 &apos;Yalu&apos;"));
    EXPECT_TRUE(contains(page, "pp. 1\u20133 &lt;draft&gt; &amp; notes."));
    EXPECT_TRUE(contains(page, "January 1961 \u2013 March 1962"));
    EXPECT_FALSE(contains(page, "<1961>"));
    EXPECT_FALSE(contains(page, "<draft>"));
    EXPECT_FALSE(contains(page, "<atlas>"));
}

TEST(Gallery, FileNamesBecomeOneRelativePathSegment) {
    EXPECT_EQ(bordermap::url_path_segment("crossings-1961_a.png"), "crossings-1961_a.png");
    EXPECT_EQ(bordermap::url_path_segment("a b&c#1?.png"), "a%20b%26c%231%3F.png");
    EXPECT_EQ(bordermap::url_path_segment("../up.png"), "..%2Fup.png");
    EXPECT_EQ(bordermap::url_path_segment("javascript:x"), "javascript%3Ax");
    EXPECT_EQ(bordermap::url_path_segment("吉林.png"), "%E5%90%89%E6%9E%97.png");

    GalleryEntry entry = tricky_entry();
    entry.image = "map \"1\".png";
    entry.links = {{"PDF", "map \"1\".pdf"}};
    const std::string page = gallery_html("Atlas", {entry});
    EXPECT_TRUE(contains(page, "src=\"map%20%221%22.png\""));
    EXPECT_TRUE(contains(page, "href=\"map%20%221%22.pdf\""));
}

TEST(Gallery, LinksOnlyTheFilesGiven) {
    GalleryEntry with_links = tricky_entry();
    GalleryEntry bare = tricky_entry();
    bare.id = "bare";
    bare.image.clear();
    bare.links.clear();
    const std::string page = gallery_html("Atlas", {with_links, bare});
    const auto hrefs = all_matches(page, std::regex("href=\"([^\"]*)\""));
    EXPECT_EQ(hrefs, (std::vector<std::string>{"crossings-1961.png", "crossings-1961.pdf", "crossings-1961.geojson"}));
    const auto sources = all_matches(page, std::regex("src=\"([^\"]*)\""));
    EXPECT_EQ(sources, (std::vector<std::string>{"crossings-1961.png"}));
    EXPECT_EQ(all_matches(page, std::regex("<article[^>]* data-image=\"([a-z]+)\"")), (std::vector<std::string>{"pending", "none"}));
    EXPECT_TRUE(contains(page, "onload=\"this.closest('.card').dataset.image='loaded'\""));
    EXPECT_TRUE(contains(page, "onerror=\"this.closest('.card').dataset.image='missing'\""));
    EXPECT_TRUE(contains(page, "<p class=\"summary\">2 maps,"));
}

TEST(Gallery, NothingComesFromANetwork) {
    const std::string page = gallery_html("Atlas", {tricky_entry()});
    std::string lower = page;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_FALSE(contains(lower, "http:")) << page;
    EXPECT_FALSE(contains(lower, "https:"));
    EXPECT_FALSE(contains(lower, "//")) << "no protocol-relative or absolute URL";
    EXPECT_FALSE(contains(lower, "@import"));
    EXPECT_FALSE(contains(lower, "<link"));
    EXPECT_FALSE(contains(lower, "<script src"));
    EXPECT_FALSE(contains(lower, "url("));
}

TEST(Gallery, TheSameEntriesGiveTheSameBytes) {
    const std::vector<GalleryEntry> entries{tricky_entry(), tricky_entry()};
    EXPECT_EQ(gallery_html("Atlas", entries), gallery_html("Atlas", entries));
    GalleryEntry changed = tricky_entry();
    changed.title = "Another title";
    EXPECT_NE(gallery_html("Atlas", entries), gallery_html("Atlas", {tricky_entry(), changed}));
}

TEST(Gallery, EntriesLinkWhatWasWrittenAndPreferPngForTheImage) {
    GalleryFigure map{"rivers", "Rivers", "", "1961", "Source: A.", {{"rivers", "", {}}}};
    GalleryFigure multiples{"crossers", "Crossers", "Three panels", "1961", "Sources: A. B.", {{"crossers-a", "Crossed", {}}, {"crossers-b", "Sent back", {}}}};
    const std::filesystem::path out = "/tmp/out";
    const std::vector<std::filesystem::path> written{out / "rivers.svg", out / "rivers.geojson", out / "crossers.png", out / "crossers.pdf",
                                                     out / "crossers.svg", out / "crossers-a.geojson", out / "crossers-b.geojson",
                                                     out / "crossers-a.provenance.json", out / "crossers-a.qml"};
    const auto entries = gallery_entries({map, multiples}, written);
    ASSERT_EQ(entries.size(), 2u);

    EXPECT_EQ(entries[0].image, "rivers.svg") << "no PNG: the SVG is shown";
    ASSERT_EQ(entries[0].links.size(), 2u);
    EXPECT_EQ(entries[0].links[0].label, "SVG");
    EXPECT_EQ(entries[0].links[1].label, "GeoJSON");
    EXPECT_EQ(entries[0].links[1].file, "rivers.geojson");
    EXPECT_EQ(entries[0].source_line, "Source: A.");

    EXPECT_EQ(entries[1].image, "crossers.png");
    std::vector<std::string> links;
    for (const auto& link : entries[1].links) links.push_back(link.label + " " + link.file);
    EXPECT_EQ(links, (std::vector<std::string>{"PDF crossers.pdf", "SVG crossers.svg", "PNG crossers.png", "GeoJSON: Crossed crossers-a.geojson",
                                               "GeoJSON: Sent back crossers-b.geojson", "Provenance: Crossed crossers-a.provenance.json"}));

    // A map of mixed geometry: its points layer is linked beside its polygons.
    GalleryFigure mixed{"towns", "Towns", "", "1961", "Source: A.", {{"towns", "", {{"towns-points", "points"}}}}};
    GalleryFigure mixed_panels{"pair", "Pair", "", "1961", "Source: A.", {{"pair-a", "Crossed", {{"pair-a-points", "points"}}}}};
    const auto mixed_entries = gallery_entries({mixed, mixed_panels}, {out / "towns.geojson", out / "towns-points.geojson", out / "pair-a.geojson",
                                                                      out / "pair-a-points.geojson"});
    std::vector<std::string> mixed_links;
    for (const auto& entry : mixed_entries)
        for (const auto& link : entry.links) mixed_links.push_back(link.label + " " + link.file);
    EXPECT_EQ(mixed_links, (std::vector<std::string>{"GeoJSON towns.geojson", "GeoJSON: points towns-points.geojson", "GeoJSON: Crossed pair-a.geojson",
                                                     "GeoJSON: Crossed, points pair-a-points.geojson"}));

    const auto none = gallery_entries({map}, {});
    EXPECT_TRUE(none[0].image.empty());
    EXPECT_TRUE(none[0].links.empty());
}

TEST(Gallery, FigureTakesItsTitlesSourcesAndPanelsPeriods) {
    bordermap::Source fma, kim;
    fma.citation = "PRC FMA 118-01025-02";
    kim.citation = "Kim 2010";
    bordermap::MapSpec a, b, c;
    a.id = "crossers-a";
    b.id = "crossers-b";
    c.id = "crossers-c";
    a.multiple = b.multiple = c.multiple = "crossers";
    a.multiple_title = b.multiple_title = c.multiple_title = "Crossers, 1961";
    a.multiple_subtitle = b.multiple_subtitle = c.multiple_subtitle = "By province";
    a.title = "Crossers, 1961: Crossed";
    a.panel_title = "Crossed";
    b.panel_title = "Sent back";
    c.panel_title = "Remaining";
    a.period = b.period = bordermap::Period::parse("1961");
    c.period = bordermap::Period::parse("1962");
    bordermap::JoinedMap ja, jb, jc;
    ja.spec = &a;
    jb.spec = &b;
    jc.spec = &c;
    ja.sources = {&fma};
    jb.sources = {&fma, &kim};
    jc.sources = {&kim};
    const GalleryFigure figure = bordermap::gallery_figure("crossers", {&ja, &jb, &jc});
    EXPECT_EQ(figure.title, "Crossers, 1961");
    EXPECT_EQ(figure.subtitle, "By province");
    EXPECT_EQ(figure.source_line, "Sources: PRC FMA 118-01025-02. Kim 2010.") << "each source once, in order of first use";
    EXPECT_EQ(figure.period, "1961 and 1962");
    ASSERT_EQ(figure.layers.size(), 3u);
    EXPECT_EQ(figure.layers[1].id, "crossers-b");
    EXPECT_EQ(figure.layers[1].panel, "Sent back");

    bordermap::MapSpec single;
    single.id = "rivers";
    single.title = "Bodies found";
    single.panel_title = "ignored";
    single.period = bordermap::Period::parse("1961");
    bordermap::JoinedMap js;
    js.spec = &single;
    js.sources = {&fma};
    const GalleryFigure own = bordermap::gallery_figure("rivers", {&js});
    EXPECT_EQ(own.title, "Bodies found");
    EXPECT_EQ(own.source_line, "Source: PRC FMA 118-01025-02.");
    EXPECT_EQ(own.period, "1961");
    ASSERT_EQ(own.layers.size(), 1u);
    EXPECT_EQ(own.layers[0].panel, "");
}

TEST(Gallery, PanelLinksShareARowHeadedByTheirKind) {
    GalleryEntry entry = tricky_entry();
    entry.links = {{"PDF", "m.pdf"}, {"GeoJSON: Crossed", "m-a.geojson"}, {"GeoJSON: Sent back", "m-b.geojson"}, {"Provenance: Crossed", "m-a.provenance.json"}};
    const std::string page = gallery_html("Atlas", {entry});
    EXPECT_TRUE(contains(page, "<ul class=\"links\"><li><a href=\"m.pdf\">PDF</a></li>"
                               "<li><span class=\"kind\">GeoJSON</span><a href=\"m-a.geojson\" aria-label=\"GeoJSON: Crossed\">Crossed</a>"
                               "<a href=\"m-b.geojson\" aria-label=\"GeoJSON: Sent back\">Sent back</a></li>"
                               "<li><span class=\"kind\">Provenance</span><a href=\"m-a.provenance.json\" aria-label=\"Provenance: Crossed\">Crossed</a></li></ul>"))
        << page;
}
