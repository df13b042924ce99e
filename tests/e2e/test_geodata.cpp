// The committed geodata: reproducible from Natural Earth, and rivers where the rivers are.
#include <gtest/gtest.h>

#include <geos_c.h>

#include <algorithm>
#include <regex>
#include <set>

#include "bordermap/geo/geodata.hpp"
#include "bordermap/geo/geodata_build.hpp"
#include "bordermap/geo/geos.hpp"
#include "test_support.hpp"

using namespace bordermap::test;

TEST(Geodata, RebuildFromNaturalEarthReproducesTheCommittedExtract) {
    if (!fs::exists(bordermap::debian_natural_earth)) {
        GTEST_SKIP() << bordermap::debian_natural_earth << " is absent: install qgis-common (scripts/install-deps.sh does)";
    }
    TempDir out("geodata");
    const auto r = run_bordermap({"geodata", "-o", out.path().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("238 countries, 4556 first-level units"), std::string::npos) << r.out;
    for (const char* layer : {"world.gpkg", "rivers.geojson", "places.geojson"}) {
        EXPECT_TRUE(read_file(out / layer) == read_file(source_dir() / "geodata" / layer))
            << layer << " differs from the committed file: run 'bordermap geodata' and commit the result";
    }
}

TEST(Geodata, TheWholeWorldWithTheNortheastsHandKeptIdsAndNamesInThreeScripts) {
    const auto geodata = bordermap::load_geodata(source_dir() / "geodata");
    EXPECT_EQ(geodata.features.size(), 238u + 4556u + 2u + 11u);
    std::set<std::string> ids;
    for (const auto& f : geodata.features) {
        EXPECT_TRUE(ids.insert(f.id).second) << f.id << " twice";
        EXPECT_FALSE(f.name_en.empty()) << f.id;
        if (f.names_from_natural_earth) continue;
        EXPECT_FALSE(f.name_zh.empty()) << f.id;
        EXPECT_FALSE(f.name_ko.empty()) << f.id;
    }
    for (const char* id : {"CN-LN", "CN-JL", "CN-HL", "KP-03", "KP-04", "KP-10", "KP-09", "RU-PRI", "river-yalu", "river-tumen",
                           "place-yanji", "place-dandong", "place-sinuiju", "place-hyesan", "KR-gyeonggi", "US-texas", "DE-bayern",
                           "PK-punjab", "IN-punjab", "IN", "PK", "US", "MX", "DE", "FJ"}) {
        EXPECT_NE(geodata.find(id), nullptr) << id;
    }
    // Ids that are not ISO 3166-2 codes are written in lower case after the country's code.
    const std::regex scheme("^([A-Z]{2}|[A-Z]{3})-[a-z0-9-]+$"), iso("^[A-Z]{2}(-[A-Z0-9]{1,3}|-X-[A-Z]+)?$");
    for (const auto& f : geodata.features) {
        if (f.kind != bordermap::FeatureKind::admin1 && f.kind != bordermap::FeatureKind::country) continue;
        const bool by_scheme = f.kind == bordermap::FeatureKind::admin1 && f.names_from_natural_earth;
        EXPECT_TRUE(std::regex_match(f.id, by_scheme ? scheme : iso)) << f.id;
    }
}

TEST(Geodata, CountriesReachAcrossTheWorldUnclippedAndSplitAtTheAntimeridian) {
    const auto geodata = bordermap::load_geodata(source_dir() / "geodata");
    const bordermap::GeoFeature* russia = geodata.find("RU");
    ASSERT_NE(russia, nullptr);
    EXPECT_LT(russia->box.min_x, 30.0) << "Russia west of 70° E is drawn too";
    EXPECT_GT(russia->box.max_x, 179.0);
    for (const auto& f : geodata.features) {
        EXPECT_GE(f.box.min_x, -180.0) << f.id;
        EXPECT_LE(f.box.max_x, 180.0) << f.id;
    }
}

// The derived rivers against Natural Earth's independent river centrelines (../shared/reference).
// A river of the bundled geodata and its name in the reference centrelines.
struct RiverCase {
    const char* river_id;
    const char* reference_name;
};
void PrintTo(const RiverCase& c, std::ostream* out) { *out << c.river_id; }  // names the test in CTest

class RiverCentreline : public testing::TestWithParam<RiverCase> {};

TEST_P(RiverCentreline, DerivedRiverLiesNearTheReferenceCentreline) {
    const fs::path reference = shared_reference_dir() / "ne_10m_rivers_northeast_asia.geojson";
    if (!fs::exists(reference)) GTEST_SKIP() << reference << " is absent (only the development checkout has ../shared/reference)";
    const auto [river_id, reference_name] = GetParam();
    const auto geodata = bordermap::load_geodata(source_dir() / "geodata");
    const bordermap::GeoFeature* river = geodata.find(river_id);
    ASSERT_NE(river, nullptr);

    // Reference centreline vertices by name.
    const auto reference_layer = read_json(reference);
    std::vector<bordermap::XY> centreline;
    for (const auto& f : reference_layer["features"]) {
        if (f["properties"]["name"] != reference_name) continue;
        const auto& g = f["geometry"];
        auto add = [&](const nlohmann::json& line) {
            for (const auto& p : line) centreline.push_back({p[0].get<double>(), p[1].get<double>()});
        };
        if (g["type"] == "LineString") add(g["coordinates"]);
        else for (const auto& line : g["coordinates"]) add(line);
    }
    ASSERT_FALSE(centreline.empty()) << "no '" << reference_name << "' in the reference file";

    const bordermap::geos::Context context;
    const auto ours = bordermap::geos::to_geos(context, river->geometry);
    std::vector<double> km;
    for (const auto& p : centreline) {
        if (p.x > river->box.max_x + 0.05 || p.x < river->box.min_x - 0.05) continue;  // the reference runs on past the border
        bordermap::Geometry point{bordermap::GeometryType::point, {{{p}}}};
        const auto g = bordermap::geos::to_geos(context, point);
        GEOSCoordSequence* pair = GEOSNearestPoints_r(context.handle(), ours.get(), g.get());
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(context.handle(), pair, 0, &x, &y);
        GEOSCoordSeq_destroy_r(context.handle(), pair);
        km.push_back(bordermap::great_circle_km(p, {x, y}));
    }
    ASSERT_GT(km.size(), 20u);
    std::sort(km.begin(), km.end());
    const double median = km[km.size() / 2], p95 = km[km.size() * 95 / 100];
    RecordProperty("median_km", std::to_string(median));
    EXPECT_LT(median, 2.0) << river_id;
    EXPECT_LT(p95, 6.0) << river_id;
}

INSTANTIATE_TEST_SUITE_P(Border, RiverCentreline,
                         testing::Values(RiverCase{"river-yalu", "Yalu"}, RiverCase{"river-tumen", "Tumen"}),
                         [](const auto& test_case) { return std::string(test_case.param.river_id).substr(6); });
