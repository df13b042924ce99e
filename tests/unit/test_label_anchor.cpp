// render/label_anchor.hpp: where labels hang, from what of a feature the frame shows.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "bordermap/render/label_anchor.hpp"

using bordermap::Box;
using bordermap::Geometry;
using bordermap::GeometryType;
using bordermap::label_anchor;
using bordermap::Path;
using bordermap::XY;
namespace geos = bordermap::geos;

namespace {

// How near the largest circle's centre an anchor is promised to be, in points.
constexpr double tolerance = 0.5;

const Box page_frame{0, 0, 400, 300};

Geometry polygon_of_parts(std::vector<std::vector<Path>> parts) { return Geometry{GeometryType::polygon, std::move(parts)}; }

Path square(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}; }

// Two arms 40 pt wide and 200 long meeting at (100, 100). Its centroid lies outside it.
Geometry l_shape() { return polygon_of_parts({{{{100, 100}, {300, 100}, {300, 140}, {140, 140}, {140, 300}, {100, 300}, {100, 100}}}}); }

// The best point of the L is on the diagonal of the corner square, where the distance to the
// walls (t) equals the distance to the inner corner (sqrt 2 · (40 - t)).
const double l_room = 40 * std::sqrt(2.0) / (1 + std::sqrt(2.0));

double segment_distance(XY p, XY a, XY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

// The room around a point: its distance to the nearest edge of every ring and of the frame.
double room_at(XY p, const Geometry& g, const Box& frame) {
    double nearest = std::min({p.x - frame.min_x, frame.max_x - p.x, p.y - frame.min_y, frame.max_y - p.y});
    for (const auto& part : g.parts)
        for (const auto& ring : part)
            for (std::size_t i = 1; i < ring.size(); ++i) nearest = std::min(nearest, segment_distance(p, ring[i - 1], ring[i]));
    return nearest;
}

}  // namespace

TEST(LabelAnchor, SquareIsItsCentre) {
    const geos::Context context;
    const auto anchor = label_anchor(context, polygon_of_parts({{square(100, 50, 200, 150)}}), page_frame);
    ASSERT_TRUE(anchor);
    EXPECT_NEAR(anchor->x, 150, tolerance);
    EXPECT_NEAR(anchor->y, 100, tolerance);
}

TEST(LabelAnchor, BentShapeHasItsLabelInsideNotAtTheCentroid) {
    const geos::Context context;
    const Geometry l = l_shape();
    const auto anchor = label_anchor(context, l, page_frame);
    ASSERT_TRUE(anchor);
    // In the corner square where the arms meet; the centroid (164, 164) is in the empty quarter.
    EXPECT_TRUE(anchor->x > 100 && anchor->x < 140 && anchor->y > 100 && anchor->y < 140) << anchor->x << ", " << anchor->y;
    EXPECT_GE(room_at(*anchor, l, page_frame), l_room - tolerance);
    EXPECT_NEAR(anchor->x, anchor->y, 2);  // on the corner's diagonal
}

TEST(LabelAnchor, ThickArmWinsOverAThinOne) {
    const geos::Context context;
    // An arm 80 wide going down and one 20 wide going right.
    const Geometry g = polygon_of_parts({{{{0, 0}, {300, 0}, {300, 20}, {80, 20}, {80, 290}, {0, 290}, {0, 0}}}});
    const auto anchor = label_anchor(context, g, page_frame);
    ASSERT_TRUE(anchor);
    EXPECT_NEAR(anchor->x, 40, 1);
    EXPECT_GE(anchor->y, 40 - 1);
    EXPECT_LE(anchor->y, 250 + 1);
    EXPECT_GE(room_at(*anchor, g, page_frame), 40 - tolerance);
}

TEST(LabelAnchor, HoleKeepsTheLabelOffIt) {
    const geos::Context context;
    // A 200 × 200 square with a hole over most of its left half: the room left is the right half.
    const Geometry g = polygon_of_parts({{square(0, 0, 200, 200), square(20, 20, 100, 180)}});
    const auto anchor = label_anchor(context, g, page_frame);
    ASSERT_TRUE(anchor);
    EXPECT_NEAR(anchor->x, 150, 1);
    EXPECT_GE(room_at(*anchor, g, page_frame), 50 - tolerance);
}

TEST(LabelAnchor, MultipolygonTakesThePartWithTheMostRoom) {
    const geos::Context context;
    const Geometry g = polygon_of_parts({{square(0, 0, 40, 40)}, {square(100, 100, 200, 200)}, {square(300, 0, 310, 290)}});
    const auto anchor = label_anchor(context, g, page_frame);
    ASSERT_TRUE(anchor);
    EXPECT_NEAR(anchor->x, 150, tolerance);
    EXPECT_NEAR(anchor->y, 150, tolerance);
}

TEST(LabelAnchor, OnlyWhatTheFrameShowsCounts) {
    const geos::Context context;
    // A region running far off the frame's right edge: its label goes in the middle of the visible part.
    const auto anchor = label_anchor(context, polygon_of_parts({{square(300, 100, 2000, 200)}}), page_frame);
    ASSERT_TRUE(anchor);
    EXPECT_GE(anchor->x, 350 - tolerance);
    EXPECT_LE(anchor->x, 350 + tolerance);
    EXPECT_NEAR(anchor->y, 150, tolerance);
}

TEST(LabelAnchor, TooLittleVisibleHasNoLabel) {
    const geos::Context context;
    EXPECT_FALSE(label_anchor(context, polygon_of_parts({{square(10, 10, 35, 35)}}), page_frame));     // 25 × 25 pt
    EXPECT_FALSE(label_anchor(context, polygon_of_parts({{square(390, 10, 900, 60)}}), page_frame));   // a 10 pt sliver inside
    EXPECT_FALSE(label_anchor(context, polygon_of_parts({{square(500, 10, 900, 200)}}), page_frame));  // off the frame
    EXPECT_TRUE(label_anchor(context, polygon_of_parts({{square(10, 10, 45, 45)}}), page_frame));      // 35 × 35 pt
}

TEST(LabelAnchor, LineIsLabelledAtTheMiddleOfItsLongestVisibleStretch) {
    const geos::Context context;
    // A short stretch, then a long one; the part between them runs outside the frame.
    const Geometry river{GeometryType::line, {{{{10, 50}, {50, 50}, {50, -100}, {100, -100}, {100, 100}, {300, 100}}}}};
    const auto anchor = label_anchor(context, river, page_frame);
    ASSERT_TRUE(anchor);
    // The long stretch: (100, 0) down to (100, 100), then right to (300, 100); 300 long, its middle at (150, 100).
    EXPECT_NEAR(anchor->x, 150, 1e-9);
    EXPECT_NEAR(anchor->y, 100, 1e-9);
}

TEST(LabelAnchor, PointInsideIsItsOwnAnchor) {
    const geos::Context context;
    const auto anchor = label_anchor(context, Geometry{GeometryType::point, {{{{120, 80}}}}}, page_frame);
    ASSERT_TRUE(anchor);
    EXPECT_EQ(*anchor, (XY{120, 80}));
    EXPECT_FALSE(label_anchor(context, Geometry{GeometryType::point, {{{{-5, 80}}}}}, page_frame));
}

TEST(LabelAnchor, IsDeterministic) {
    const geos::Context context;
    EXPECT_EQ(label_anchor(context, l_shape(), page_frame), label_anchor(context, l_shape(), page_frame));
}
