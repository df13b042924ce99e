// geo/projection.hpp: longitude/latitude to map metres through PROJ.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "bordermap/geo/projection.hpp"

using bordermap::Geometry;
using bordermap::GeometryType;
using bordermap::Projection;
using bordermap::XY;

TEST(Projection, CentreOfTheDefaultProjectionIsTheOrigin) {
    const Projection p(bordermap::default_projection);
    const XY centre = p.forward(XY{126, 44});
    EXPECT_NEAR(centre.x, 0.0, 1.0);
    EXPECT_NEAR(centre.y, 0.0, 1.0);
}

TEST(Projection, EastIsPositiveXAndNorthIsPositiveY) {
    const Projection p(bordermap::default_projection);
    const XY east = p.forward(XY{127, 44}), north = p.forward(XY{126, 45});
    EXPECT_GT(east.x, 70000.0);  // one degree of longitude at 44° N is about 80 km
    EXPECT_LT(east.x, 90000.0);
    EXPECT_GT(north.y, 105000.0);  // one degree of latitude is about 111 km
    EXPECT_LT(north.y, 116000.0);
    EXPECT_NEAR(north.x, 0.0, 1.0);  // along the central meridian
}

TEST(Projection, InverseUndoesForward) {
    const Projection p(bordermap::default_projection);
    for (const XY lon_lat : {XY{126, 44}, XY{124.4, 40.1}, XY{130.7, 42.3}, XY{128.08, 42.0}, XY{121.5, 53.0}}) {
        const XY back = p.inverse(p.forward(lon_lat));
        EXPECT_NEAR(back.x, lon_lat.x, 1e-9) << lon_lat.x << "," << lon_lat.y;
        EXPECT_NEAR(back.y, lon_lat.y, 1e-9) << lon_lat.x << "," << lon_lat.y;
    }
}

TEST(Projection, EpsgCodeIsAccepted) {
    const Projection p("EPSG:3857");
    const XY x = p.forward(XY{180, 0});
    EXPECT_NEAR(x.x, 20037508.34, 1.0);  // longitude first, whatever the CRS axis order
    EXPECT_NEAR(x.y, 0.0, 1.0);
}

TEST(Projection, GeographicCrsKeepsLongitudeFirst) {
    const Projection p("EPSG:4326");
    const XY x = p.forward(XY{126, 44});
    EXPECT_NEAR(x.x, 126.0, 1e-12);
    EXPECT_NEAR(x.y, 44.0, 1e-12);
}

TEST(Projection, KeepsItsDefinition) {
    const Projection p(bordermap::default_projection);
    EXPECT_EQ(p.definition(), bordermap::default_projection);
}

TEST(Projection, ProjectsEveryVertexOfAGeometry) {
    const Projection p(bordermap::default_projection);
    Geometry g{GeometryType::line, {{{XY{126, 44}, XY{127, 44}, XY{126, 45}}}}};
    const Geometry projected = p.forward(g);
    EXPECT_EQ(projected.type, GeometryType::line);
    ASSERT_EQ(projected.parts.size(), 1u);
    ASSERT_EQ(projected.parts[0][0].size(), 3u);
    EXPECT_NEAR(projected.parts[0][0][0].x, 0.0, 1.0);
    EXPECT_EQ(projected.parts[0][0][1], p.forward(XY{127, 44}));
    EXPECT_EQ(projected.parts[0][0][2], p.forward(XY{126, 45}));
}

TEST(Projection, NonsenseDefinitionThrows) {
    EXPECT_THROW(Projection("this is not a projection"), std::invalid_argument);
    EXPECT_THROW(Projection("+proj=nonexistent +lat_0=44"), std::invalid_argument);
    EXPECT_THROW(Projection("EPSG:999999"), std::invalid_argument);
}

TEST(Projection, ErrorMessageQuotesTheDefinition) {
    try {
        Projection p("+proj=nonexistent");
        FAIL() << "no error";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'+proj=nonexistent'"), std::string::npos) << e.what();
    }
}

TEST(Projection, MovedProjectionStillWorks) {
    Projection a(bordermap::default_projection);
    Projection b(std::move(a));
    const XY centre = b.forward(XY{126, 44});
    EXPECT_NEAR(centre.x, 0.0, 1.0);
    EXPECT_NEAR(centre.y, 0.0, 1.0);
}

// ---------------------------------------------------------------- a projection chosen for the area

namespace {

// How far from straight up north points at `lon_lat` in `projection`, in degrees.
double north_tilt_degrees(const Projection& projection, bordermap::XY lon_lat) {
    const bordermap::XY a = projection.forward(lon_lat), b = projection.forward({lon_lat.x, lon_lat.y + 0.1});
    return std::fabs(std::atan2(b.x - a.x, b.y - a.y)) * 180 / M_PI;
}

}  // namespace

TEST(ChooseProjection, MidLatitudesGetAnAlbersConicWithParallelsAtOneSixthAndFiveSixths) {
    const auto choice = bordermap::choose_projection({5, 47, 16, 56});  // Germany
    EXPECT_EQ(choice.definition, "+proj=aea +lat_1=48.5 +lat_2=54.5 +lat_0=51.5 +lon_0=10.5 +datum=WGS84 +units=m +no_defs");
    EXPECT_NE(choice.chosen_as.find("Albers equal-area conic, standard parallels 48.5° N and 54.5° N, centred on 10.5° E"), std::string::npos)
        << choice.chosen_as;
    EXPECT_LT(north_tilt_degrees(Projection(choice.definition), {10.5, 51.5}), 0.01);
}

TEST(ChooseProjection, NorthIsUpInTheMiddleOfEveryChosenProjection) {
    for (const bordermap::Box area : std::vector<bordermap::Box>{{-118, 14, -86, 38},   // the US–Mexico border
                                                                {60, 5, 98, 38},       // India and Pakistan
                                                                {-20, -35, 52, 38},    // Africa
                                                                {-170, 60, -140, 72},  // Alaska
                                                                {100, -12, 150, 8}}) { // Indonesia
        const auto choice = bordermap::choose_projection(area);
        const bordermap::XY middle{(area.min_x + area.max_x) / 2, (area.min_y + area.max_y) / 2};
        EXPECT_LT(north_tilt_degrees(Projection(choice.definition), middle), 1.0) << choice.definition;
    }
}

TEST(ChooseProjection, TheWorldThePolesAndTheEquatorGetTheirOwn) {
    EXPECT_EQ(bordermap::choose_projection({-180, -60, 180, 85}).definition, "+proj=eqearth +lon_0=0 +datum=WGS84 +units=m +no_defs");
    EXPECT_EQ(bordermap::choose_projection({-75, 60, -10, 84}).definition.substr(0, 25), "+proj=laea +lat_0=90 +lon");
    EXPECT_EQ(bordermap::choose_projection({100, -12, 150, 8}).definition,
              "+proj=laea +lat_0=-2 +lon_0=125 +datum=WGS84 +units=m +no_defs");
}

TEST(ChooseProjection, AnAreaAcrossTheAntimeridianIsCentredOnIt) {
    // Chukotka to Alaska: from 165° E east over 180° to 165° W.
    const auto choice = bordermap::choose_projection({165, 55, -165, 72});
    EXPECT_NE(choice.definition.find("+lon_0=180"), std::string::npos) << choice.definition;
}

TEST(ChooseProjection, ASmallChangeOfTheAreaKeepsTheProjection) {
    EXPECT_EQ(bordermap::choose_projection({5, 47, 16, 56}).definition, bordermap::choose_projection({5.1, 47.05, 16.1, 55.9}).definition);
}
