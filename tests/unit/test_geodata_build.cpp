// geo/geodata_build.hpp: the Yalu and the Tumen derived from the China–North Korea boundary.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "bordermap/geo/geodata.hpp"
#include "bordermap/geo/geodata_build.hpp"
#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/geos.hpp"
#include "test_support.hpp"

using bordermap::BorderRivers;
using bordermap::Geometry;
using bordermap::GeometryType;
using bordermap::Path;
using bordermap::XY;

namespace {

Geometry ring_polygon(Path ring) { return Geometry{GeometryType::polygon, {{std::move(ring)}}}; }

// A "China" above y = 1 and a "North Korea" below it; their shared edge runs from x = 0 to x = 10
// with a vertex at x = 5 and one at x = 2 and x = 8.
Geometry north_square() { return ring_polygon({{0, 1}, {2, 1}, {5, 1}, {8, 1}, {10, 1}, {10, 2}, {0, 2}, {0, 1}}); }
Geometry south_square() { return ring_polygon({{0, 0}, {10, 0}, {10, 1}, {8, 1}, {5, 1}, {2, 1}, {0, 1}, {0, 0}}); }

double distance(XY a, XY b) { return std::hypot(a.x - b.x, a.y - b.y); }

double min_x(const Geometry& g) {
    double m = INFINITY;
    for (const auto& part : g.parts)
        for (const auto& path : part)
            for (const auto& p : path) m = std::min(m, p.x);
    return m;
}

double max_x(const Geometry& g) {
    double m = -INFINITY;
    for (const auto& part : g.parts)
        for (const auto& path : part)
            for (const auto& p : path) m = std::max(m, p.x);
    return m;
}

}  // namespace

TEST(BorderRivers, SplitsTheSharedEdgeAtTheDivide) {
    const bordermap::geos::Context context;
    const BorderRivers rivers = bordermap::derive_border_rivers(context, north_square(), south_square(), Geometry{}, XY{5, 1});
    EXPECT_EQ(rivers.yalu.type, GeometryType::line);
    EXPECT_EQ(rivers.tumen.type, GeometryType::line);
    ASSERT_EQ(rivers.yalu.parts.size(), 1u);
    ASSERT_EQ(rivers.tumen.parts.size(), 1u);
    EXPECT_DOUBLE_EQ(min_x(rivers.yalu), 0.0);
    EXPECT_DOUBLE_EQ(max_x(rivers.yalu), 5.0);
    EXPECT_DOUBLE_EQ(min_x(rivers.tumen), 5.0);
    EXPECT_DOUBLE_EQ(max_x(rivers.tumen), 10.0);
}

TEST(BorderRivers, BothRiversStartAtTheDivideAndRunDownstream) {
    const bordermap::geos::Context context;
    const BorderRivers rivers = bordermap::derive_border_rivers(context, north_square(), south_square(), Geometry{}, XY{5, 1});
    ASSERT_FALSE(rivers.yalu.empty());
    ASSERT_FALSE(rivers.tumen.empty());
    const Path& yalu = rivers.yalu.parts[0][0];
    const Path& tumen = rivers.tumen.parts[0][0];
    EXPECT_LT(distance(yalu.front(), XY{5, 1}), 1e-9);
    EXPECT_LT(distance(tumen.front(), XY{5, 1}), 1e-9);
    EXPECT_LT(distance(yalu.back(), XY{0, 1}), 1e-9);    // west end: the Yellow Sea
    EXPECT_LT(distance(tumen.back(), XY{10, 1}), 1e-9);  // east end: the Sea of Japan
}

TEST(BorderRivers, SplitsAtTheVertexNearestAnOffLineDivide) {
    const bordermap::geos::Context context;
    const BorderRivers rivers = bordermap::derive_border_rivers(context, north_square(), south_square(), Geometry{}, XY{7.6, 1.4});
    ASSERT_FALSE(rivers.yalu.empty());
    ASSERT_FALSE(rivers.tumen.empty());
    EXPECT_LT(distance(rivers.yalu.parts[0][0].front(), XY{8, 1}), 1e-9);
    EXPECT_LT(distance(rivers.tumen.parts[0][0].front(), XY{8, 1}), 1e-9);
    EXPECT_DOUBLE_EQ(max_x(rivers.yalu), 8.0);
    EXPECT_DOUBLE_EQ(min_x(rivers.tumen), 8.0);
}

TEST(BorderRivers, RingOrientationDoesNotMatter) {
    const bordermap::geos::Context context;
    Geometry north = north_square(), south = south_square();
    std::reverse(north.parts[0][0].begin(), north.parts[0][0].end());
    std::reverse(south.parts[0][0].begin(), south.parts[0][0].end());
    const BorderRivers rivers = bordermap::derive_border_rivers(context, north, south, Geometry{}, XY{5, 1});
    ASSERT_FALSE(rivers.yalu.empty());
    ASSERT_FALSE(rivers.tumen.empty());
    EXPECT_LT(distance(rivers.yalu.parts[0][0].front(), XY{5, 1}), 1e-9);
    EXPECT_LT(distance(rivers.tumen.parts[0][0].front(), XY{5, 1}), 1e-9);
    EXPECT_DOUBLE_EQ(max_x(rivers.yalu), 5.0);
    EXPECT_DOUBLE_EQ(min_x(rivers.tumen), 5.0);
}

TEST(BorderRivers, RussianBoundaryIsAddedToTheTumen) {
    const bordermap::geos::Context context;
    // "Russia" east of x = 10, sharing the edge x = 10, y 0..1 with the southern square only.
    const Geometry russia = ring_polygon({{10, 0}, {12, 0}, {12, 1}, {10, 1}, {10, 0}});
    const BorderRivers rivers = bordermap::derive_border_rivers(context, north_square(), south_square(), russia, XY{5, 1});
    ASSERT_FALSE(rivers.tumen.empty());
    EXPECT_DOUBLE_EQ(max_x(rivers.yalu), 5.0);
    // The Tumen runs from the divide to (10, 1) and then down to (10, 0).
    const Path& tumen = rivers.tumen.parts[0][0];
    EXPECT_EQ(rivers.tumen.parts.size(), 1u);
    EXPECT_LT(distance(tumen.front(), XY{5, 1}), 1e-9);
    EXPECT_LT(distance(tumen.back(), XY{10, 0}), 1e-9);
}

TEST(BorderRivers, PolygonsWithoutASharedEdgeThrow) {
    const bordermap::geos::Context context;
    const Geometry far_away = ring_polygon({{50, 50}, {51, 50}, {51, 51}, {50, 51}, {50, 50}});
    EXPECT_THROW((void)bordermap::derive_border_rivers(context, north_square(), far_away, Geometry{}, XY{5, 1}),
                 std::runtime_error);
}

// ---------------------------------------------------------------- the bundled rivers

TEST(BundledRivers, YaluAndTumenLieAlongTheBorder) {
    const bordermap::Geodata g = bordermap::load_geodata(bordermap::test::source_dir() / "geodata");
    const auto* yalu = g.find("river-yalu");
    const auto* tumen = g.find("river-tumen");
    ASSERT_NE(yalu, nullptr);
    ASSERT_NE(tumen, nullptr);
    EXPECT_EQ(yalu->geometry.type, GeometryType::line);
    EXPECT_EQ(tumen->geometry.type, GeometryType::line);
    // The Yalu runs from the divide near Paektu (~128.1 E, its upper course bends to ~128.3 E)
    // south-west to the Yellow Sea near Dandong (~124.4 E).
    EXPECT_GE(yalu->box.min_x, 124.0);
    EXPECT_LE(yalu->box.min_x, 124.6);
    EXPECT_LE(yalu->box.max_x, 128.35);
    // The Tumen runs from the divide north-east and east to the sea near 130.7 E.
    EXPECT_GE(tumen->box.min_x, 128.0);
    EXPECT_LE(tumen->box.max_x, 131.0);
    EXPECT_GE(tumen->box.max_x, 130.5);
    EXPECT_LT(yalu->box.min_x, tumen->box.min_x);
}

TEST(BundledRivers, BothRiversStartNearThePaektuDivide) {
    const bordermap::Geodata g = bordermap::load_geodata(bordermap::test::source_dir() / "geodata");
    for (const char* id : {"river-yalu", "river-tumen"}) {
        const auto* river = g.find(id);
        ASSERT_NE(river, nullptr) << id;
        ASSERT_FALSE(river->geometry.parts.empty()) << id;
        const XY start = river->geometry.parts.front().front().front();
        EXPECT_LT(bordermap::great_circle_km(start, bordermap::paektu_divide), 15.0) << id;
    }
}
