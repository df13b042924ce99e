// render/furniture.hpp: the north arrow, graticule and inset against the projection's geometry.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "bordermap/geo/projection.hpp"
#include "bordermap/render/furniture.hpp"

using namespace bordermap;

namespace {

constexpr double degrees = 180 / std::numbers::pi;

// The example's Lambert conformal conic (standard parallels 40 and 48 N, central meridian 126 E)
// drawn on a 500 x 500 pt frame.
struct LccPage {
    Projection projection{default_projection};
    Box frame{0, 0, 500, 500};
    PageTransform page{projected_bounds(projection, {70, 15, 150, 55}), frame};
};

// The angle of an arrow from page-up, clockwise, in degrees.
double angle(const NorthArrow& a) { return std::atan2(a.tip.x - a.base.x, a.base.y - a.tip.y) * degrees; }

}  // namespace

TEST(NorthArrow, PointsStraightUpOnTheCentralMeridian) {
    const LccPage s;
    const XY base = s.page.to_page(s.projection.forward({126, 44}));
    const NorthArrow arrow = north_arrow_at(s.projection, s.page, base, 20);
    EXPECT_NEAR(angle(arrow), 0, 0.05);
    EXPECT_NEAR(std::hypot(arrow.tip.x - base.x, arrow.tip.y - base.y), 20, 1e-9);
}

TEST(NorthArrow, TurnsByTheConesConvergenceAwayFromIt) {
    // In a Lambert conformal conic, meridians converge by n (lon - lon0), where the cone constant
    // n = ln(cos f1 / cos f2) / ln(tan(pi/4 + f2/2) / tan(pi/4 + f1/2)) (Snyder 1987, eq. 15-3).
    const double f1 = 40 / degrees, f2 = 48 / degrees;
    const double n = std::log(std::cos(f1) / std::cos(f2)) / std::log(std::tan(std::numbers::pi / 4 + f2 / 2) / std::tan(std::numbers::pi / 4 + f1 / 2));
    const LccPage s;
    for (double lon : {80.0, 100.0, 140.0}) {
        const NorthArrow arrow = north_arrow_at(s.projection, s.page, s.page.to_page(s.projection.forward({lon, 45})), 20);
        EXPECT_NEAR(angle(arrow), -n * (lon - 126), 0.1) << lon << " E: west of the central meridian north leans east";
    }
}

TEST(Graticule, StepsAreRoundAndTicksSitOnTheFrame) {
    EXPECT_EQ(graticule_step({123, 39, 131, 44}), 2);
    EXPECT_EQ(graticule_step({70, 15, 150, 55}), 15);
    const LccPage s;
    const geos::Context context;
    std::vector<GraticuleTick> ticks;
    const auto lines = graticule(context, s.projection, s.page, s.frame, 10, ticks);
    EXPECT_GE(lines.size(), 10u);
    bool saw_126 = false;
    for (const auto& t : ticks) {
        if (t.meridian) EXPECT_NEAR(t.at.y, s.frame.max_y, 1e-6) << t.text;
        else EXPECT_NEAR(t.at.x, s.frame.min_x, 1e-6) << t.text;
        saw_126 = saw_126 || t.text == "120\u00b0E";
    }
    EXPECT_TRUE(saw_126);
}

TEST(Inset, OutlinesTheMainFrameInsideEastAsia) {
    const LccPage s;
    const geos::Context context;
    // A main map of the Northeast, inside the inset's East Asia.
    const XY a = s.page.to_page(s.projection.forward({121, 48})), b = s.page.to_page(s.projection.forward({131, 39}));
    const Box main_frame{a.x, a.y, b.x, b.y};
    const Box box{0, 0, 120, 90};
    const Inset inset = make_inset(context, s.projection, s.page, main_frame, {}, {95, 17, 150, 55}, box);
    ASSERT_FALSE(inset.extent.empty());
    const Path& outline = inset.extent.parts.front().front();
    EXPECT_EQ(outline.front().x, outline.back().x);
    for (const XY& p : outline) {
        EXPECT_GE(p.x, box.min_x - 1e-6);
        EXPECT_LE(p.x, box.max_x + 1e-6);
    }
    EXPECT_NEAR(inset_size(s.projection, {95, 17, 150, 55}, 120).x, 120, 1e-9);
}
