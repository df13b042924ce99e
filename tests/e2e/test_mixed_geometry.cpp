// A map of provinces and of towns at their seats (tests/fixtures/honest-atlas, map
// provinces-and-towns, invented figures): each GIS layer holds one geometry type and opens styled
// in QGIS, and the printed legend describes the symbols on the map.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "page_words.hpp"
#include "qgis_inspection.hpp"
#include "svg_shapes.hpp"
#include "test_support.hpp"

using namespace bordermap::test;

namespace {

const fs::path& mixed_out() { return shared_atlas("honest").out; }

std::map<std::string, std::string> geometry_by_id(const fs::path& geojson) {
    const auto layer = read_json(geojson);  // kept: a loop over a temporary's member would dangle
    std::map<std::string, std::string> types;
    for (const auto& f : layer["features"]) types[f["properties"]["id"].get<std::string>()] = f["geometry"]["type"].get<std::string>();
    return types;
}

TEST(MixedGeometry, EachLayerHoldsOneGeometryType) {
    const auto polygons = geometry_by_id(mixed_out() / "provinces-and-towns.geojson");
    std::set<std::string> ids;
    for (const auto& [id, type] : polygons) {
        ids.insert(id);
        EXPECT_TRUE(type == "Polygon" || type == "MultiPolygon") << id << " is a " << type;
    }
    EXPECT_EQ(ids, (std::set<std::string>{"CN-HL", "CN-LN"}));
    const auto points = geometry_by_id(mixed_out() / "provinces-and-towns-points.geojson");
    // Yanbian at its seat Yanji, and the town of Dandong.
    EXPECT_EQ(points, (std::map<std::string, std::string>{{"place-dandong", "Point"}, {"place-yanji", "Point"}}));
}

TEST(MixedGeometry, EachLayerHasAStyleForItsGeometry) {
    const std::string polygons = read_file(mixed_out() / "provinces-and-towns.qml");
    const std::string points = read_file(mixed_out() / "provinces-and-towns-points.qml");
    EXPECT_TRUE(contains(polygons, "<layerGeometryType>2</layerGeometryType>"));
    EXPECT_TRUE(contains(polygons, "class=\"SimpleFill\""));
    EXPECT_FALSE(contains(polygons, "class=\"SimpleMarker\""));
    EXPECT_TRUE(contains(points, "<layerGeometryType>0</layerGeometryType>"));
    EXPECT_TRUE(contains(points, "class=\"SimpleMarker\""));
    EXPECT_FALSE(contains(points, "class=\"SimpleFill\""));
    // The circles' scale is the map's (its largest point value), in both styles' classes alike.
    EXPECT_TRUE(contains(points, "sqrt(abs(&quot;value&quot;) / 420)")) << points;
    EXPECT_TRUE(fs::exists(mixed_out() / "provinces-and-towns-points.sld"));
    // The gallery links both layers.
    const std::string gallery = read_file(mixed_out() / "index.html");
    EXPECT_TRUE(contains(gallery, "href=\"provinces-and-towns-points.geojson\"")) << "the points layer is not linked";
}

TEST(MixedGeometry, TheGeoPackageHasBothLayersStyled) {
    const GpkgContents gpkg = read_gpkg(mixed_out() / "atlas.gpkg");
    ASSERT_TRUE(gpkg.opened);
    for (const char* layer : {"provinces-and-towns", "provinces-and-towns-points"}) {
        EXPECT_NE(std::find(gpkg.layers.begin(), gpkg.layers.end(), layer), gpkg.layers.end()) << layer;
        EXPECT_NE(std::find(gpkg.styles.begin(), gpkg.styles.end(), std::pair<std::string, int>{layer, 1}), gpkg.styles.end())
            << layer << " has no default style";
    }
}

TEST(MixedGeometry, QgisOpensEveryLayerStyled) {
    if (!qgis_missing().empty()) GTEST_SKIP() << "headless QGIS is not installed (python3-qgis, qgis-providers): " << qgis_missing();
    const TempDir work("mixed-geometry-qgis");
    const std::string gpkg = (mixed_out() / "atlas.gpkg").string();
    const std::vector<std::pair<std::string, std::string>> sources{
        {(mixed_out() / "provinces-and-towns.geojson").string(), "Polygon"},
        {(mixed_out() / "provinces-and-towns-points.geojson").string(), "Point"},
        {gpkg + "|layername=provinces-and-towns", "Polygon"},
        {gpkg + "|layername=provinces-and-towns-points", "Point"}};
    std::vector<std::string> args{(source_dir() / "tests" / "qgis" / "inspect_layers.py").string(), (work.path() / "report.json").string()};
    for (const auto& [source, _] : sources) args.push_back(source);
    const RunResult r = run_program("/usr/bin/python3", args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto report = read_json(work.path() / "report.json");
    ASSERT_EQ(report["layers"].size(), sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto& layer = report["layers"][i];
        ASSERT_TRUE(layer.value("is_valid", false)) << sources[i].first;
        EXPECT_EQ(layer.value("geometry_type", std::string()), sources[i].second) << sources[i].first;
        EXPECT_EQ(layer["renderer"].value("type", std::string()), "graduatedSymbol") << sources[i].first << " opens unstyled";
        EXPECT_EQ(layer.value("feature_count", 0), 2) << sources[i].first;
    }
}

TEST(MixedGeometry, TheLegendDescribesTheSymbolsOnTheMap) {
    // Circle sizes: 420 (Yanbian) and 200, not 20, smaller than any circle drawn (95 the smallest).
    if (!program_available("pdftotext")) GTEST_SKIP() << "poppler-utils is not installed";
    const PageWords page = page_words(mixed_out() / "provinces-and-towns.pdf");
    const auto has_word = [&](const std::string& text) {
        return std::any_of(page.words.begin(), page.words.end(), [&](const PageWord& w) { return w.text == text; });
    };
    EXPECT_TRUE(has_word("200"));
    EXPECT_FALSE(has_word("20")) << "the circle legend shows a size no circle on the map comes near";
    EXPECT_TRUE(layout_problems(page).empty());
    // The classes only circles have (95, 420) are keyed by a round swatch, the provinces' by boxes:
    // two stroked circles of the swatch's height (3.6 mm).
    EXPECT_EQ(svg_round_swatches(mixed_out() / "provinces-and-towns.svg").size(), 2u);
}

}  // namespace
