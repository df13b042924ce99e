// geo/pole.hpp: the pole of inaccessibility, where polygon labels go.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "bordermap/geo/pole.hpp"

using bordermap::Geometry;
using bordermap::GeometryType;
using bordermap::Path;
using bordermap::pole_of_inaccessibility;
using bordermap::XY;

namespace {

Geometry polygon(std::vector<std::vector<Path>> parts) { return Geometry{GeometryType::polygon, std::move(parts)}; }

Path square(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}; }

// Two arms 4 wide and 20 long meeting at the origin. Its centroid (6.44, 6.44) lies outside it.
Geometry l_shape() { return polygon({{{{0, 0}, {20, 0}, {20, 4}, {4, 4}, {4, 20}, {0, 20}, {0, 0}}}}); }

// The best point of the L is on the diagonal of the corner square, where the distance to the walls
// (t) equals the distance to the inner corner (sqrt 2 · (4 - t)): t = 4·sqrt 2 / (1 + sqrt 2).
const double l_pole = 4 * std::sqrt(2.0) / (1 + std::sqrt(2.0));

std::string error_of(const Geometry& g, double precision) {
    try {
        (void)pole_of_inaccessibility(g, precision);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(Pole, SquareIsItsCentre) {
    const auto pole = pole_of_inaccessibility(polygon({{square(0, 0, 10, 10)}}), 0.01);
    EXPECT_NEAR(pole.point.x, 5, 0.01);
    EXPECT_NEAR(pole.point.y, 5, 0.01);
    EXPECT_NEAR(pole.distance, 5, 0.01);
}

TEST(Pole, OpenAndClosedRingsAgree) {
    const Path open{{0, 0}, {10, 0}, {10, 6}, {0, 6}};
    const auto a = pole_of_inaccessibility(polygon({{open}}), 0.01);
    const auto b = pole_of_inaccessibility(polygon({{square(0, 0, 10, 6)}}), 0.01);
    EXPECT_NEAR(a.distance, 3, 0.01);
    EXPECT_NEAR(a.distance, b.distance, 1e-12);
}

TEST(Pole, LShapeLabelGoesToTheCornerNotTheCentroid) {
    const auto pole = pole_of_inaccessibility(l_shape(), 0.01);
    EXPECT_NEAR(pole.distance, l_pole, 0.01);
    EXPECT_NEAR(pole.point.x, l_pole, 0.1);
    EXPECT_NEAR(pole.point.y, l_pole, 0.1);
    // The centroid, (6.44, 6.44), is outside the L: a label there would float in the empty quarter.
    EXPECT_TRUE(pole.point.x < 4 && pole.point.y < 4);
}

TEST(Pole, LShapeWithOneThickArmUsesTheThickArm) {
    // An arm 8 wide going up and one 2 wide going right.
    const auto pole = pole_of_inaccessibility(polygon({{{{0, 0}, {20, 0}, {20, 2}, {8, 2}, {8, 20}, {0, 20}, {0, 0}}}}), 0.01);
    EXPECT_NEAR(pole.distance, 4, 0.01);
    EXPECT_NEAR(pole.point.x, 4, 0.1);
    EXPECT_GE(pole.point.y, 4 - 0.1);
    EXPECT_LE(pole.point.y, 16 + 0.1);
}

TEST(Pole, HoleKeepsTheLabelOffIt) {
    // A 20 × 20 square with a hole over most of its left half: the room left is the right half.
    const auto pole = pole_of_inaccessibility(polygon({{square(0, 0, 20, 20), square(2, 2, 10, 18)}}), 0.01);
    EXPECT_NEAR(pole.distance, 5, 0.01);
    EXPECT_NEAR(pole.point.x, 15, 0.05);
    // Without the hole it would be the middle, 10 from every side.
    EXPECT_NEAR(pole_of_inaccessibility(polygon({{square(0, 0, 20, 20)}}), 0.01).distance, 10, 0.01);
}

TEST(Pole, MultipolygonTakesThePartWithTheMostRoom) {
    const auto pole = pole_of_inaccessibility(polygon({{square(0, 0, 2, 2)}, {square(10, 10, 20, 20)}, {square(30, 0, 31, 40)}}), 0.01);
    EXPECT_NEAR(pole.point.x, 15, 0.01);
    EXPECT_NEAR(pole.point.y, 15, 0.01);
    EXPECT_NEAR(pole.distance, 5, 0.01);
}

TEST(Pole, PrecisionIsHonoured) {
    const double fine = pole_of_inaccessibility(l_shape(), 1e-6).distance;
    EXPECT_NEAR(fine, l_pole, 1e-6);
    for (double precision : {2.0, 1.0, 0.5, 0.1, 0.01}) {
        const auto coarse = pole_of_inaccessibility(l_shape(), precision);
        EXPECT_LE(coarse.distance, fine + 1e-12) << precision;
        EXPECT_GE(coarse.distance, fine - precision) << precision;
        EXPECT_GT(coarse.distance, 0) << precision;  // always inside
    }
}

TEST(Pole, IsDeterministic) {
    const auto a = pole_of_inaccessibility(l_shape(), 0.5), b = pole_of_inaccessibility(l_shape(), 0.5);
    EXPECT_EQ(a.point, b.point);
    EXPECT_EQ(a.distance, b.distance);
}

TEST(Pole, DegenerateInputIsRejectedClearly) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_NE(error_of(polygon({}), 1).find("the polygon is empty"), std::string::npos);
    EXPECT_NE(error_of(polygon({{{{0, 0}, {5, 5}, {10, 10}, {0, 0}}}}), 1).find("no area"), std::string::npos);
    EXPECT_NE(error_of(polygon({{{{0, 0}, {5, 5}, {0, 0}}}}), 1).find("fewer than three points"), std::string::npos);
    EXPECT_NE(error_of(polygon({{{{0, 0}, {nan, 5}, {10, 0}, {0, 0}}}}), 1).find("not finite"), std::string::npos);
    EXPECT_NE(error_of(polygon({{}}), 1).find("part 1 has no ring"), std::string::npos);
    EXPECT_NE(error_of(polygon({{square(0, 0, 1, 1)}}), 0).find("precision must be a positive number"), std::string::npos);
    EXPECT_NE(error_of(polygon({{square(0, 0, 1, 1)}}), -1).find("precision"), std::string::npos);
    EXPECT_NE(error_of(Geometry{GeometryType::line, {{{{0, 0}, {1, 1}}}}}, 1).find("not a polygon"), std::string::npos);
}
