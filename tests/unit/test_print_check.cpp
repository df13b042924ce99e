// map/print_check.hpp: CIELAB, CIEDE2000, grayscale and colour-vision-deficiency simulation, the print check.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "bordermap/colour/palette.hpp"
#include "bordermap/map/print_check.hpp"

using namespace bordermap;

namespace {

std::vector<Swatch> swatches(const std::vector<std::string>& hexes) {
    std::vector<Swatch> out;
    for (const auto& h : hexes) out.push_back({h, Colour::hex(h)});
    return out;
}

std::vector<Swatch> swatches(const std::vector<Colour>& colours) {
    std::vector<Swatch> out;
    for (const auto& c : colours) out.push_back({c.hex(), c});
    return out;
}

double difference(const std::string& a, const std::string& b, Vision vision) {
    return ciede2000(to_lab(simulate(Colour::hex(a), vision)), to_lab(simulate(Colour::hex(b), vision)));
}

std::vector<const Merge*> merges_under(const PrintCheck& check, Vision vision) {
    std::vector<const Merge*> out;
    for (const auto& m : check.merges)
        if (m.vision == vision) out.push_back(&m);
    return out;
}

}  // namespace

// Sharma, G., Wu, W. & Dalal, E. N. (2005). The CIEDE2000 color-difference formula: implementation
// notes, supplementary test data, and mathematical observations. Color Research & Application 30(1),
// 21-30, Table 1: all 34 pairs, with the expected difference to four decimals.
TEST(Ciede2000, SharmaWuDalalTestData) {
    struct Case {
        Lab x, y;
        double expected;
    };
    const std::vector<Case> cases{
        {{50.0000, 2.6772, -79.7751}, {50.0000, 0.0000, -82.7485}, 2.0425},
        {{50.0000, 3.1571, -77.2803}, {50.0000, 0.0000, -82.7485}, 2.8615},
        {{50.0000, 2.8361, -74.0200}, {50.0000, 0.0000, -82.7485}, 3.4412},
        {{50.0000, -1.3802, -84.2814}, {50.0000, 0.0000, -82.7485}, 1.0000},
        {{50.0000, -1.1848, -84.8006}, {50.0000, 0.0000, -82.7485}, 1.0000},
        {{50.0000, -0.9009, -85.5211}, {50.0000, 0.0000, -82.7485}, 1.0000},
        {{50.0000, 0.0000, 0.0000}, {50.0000, -1.0000, 2.0000}, 2.3669},
        {{50.0000, -1.0000, 2.0000}, {50.0000, 0.0000, 0.0000}, 2.3669},
        {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0009}, 7.1792},
        {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0010}, 7.1792},
        {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0011}, 7.2195},
        {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0012}, 7.2195},
        {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0009, -2.4900}, 4.8045},
        {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0010, -2.4900}, 4.8045},
        {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0011, -2.4900}, 4.7461},
        {{50.0000, 2.5000, 0.0000}, {50.0000, 0.0000, -2.5000}, 4.3065},
        {{50.0000, 2.5000, 0.0000}, {73.0000, 25.0000, -18.0000}, 27.1492},
        {{50.0000, 2.5000, 0.0000}, {61.0000, -5.0000, 29.0000}, 22.8977},
        {{50.0000, 2.5000, 0.0000}, {56.0000, -27.0000, -3.0000}, 31.9030},
        {{50.0000, 2.5000, 0.0000}, {58.0000, 24.0000, 15.0000}, 19.4535},
        {{50.0000, 2.5000, 0.0000}, {50.0000, 3.1736, 0.5854}, 1.0000},
        {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2972, 0.0000}, 1.0000},
        {{50.0000, 2.5000, 0.0000}, {50.0000, 1.8634, 0.5757}, 1.0000},
        {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2592, 0.3350}, 1.0000},
        {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
        {{63.0109, -31.0961, -5.8663}, {62.8187, -29.7946, -4.0864}, 1.2630},
        {{61.2901, 3.7196, -5.3901}, {61.4292, 2.2480, -4.9620}, 1.8731},
        {{35.0831, -44.1164, 3.7933}, {35.0232, -40.0716, 1.5901}, 1.8645},
        {{22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}, 2.0373},
        {{36.4612, 47.8580, 18.3852}, {36.2715, 50.5065, 21.2231}, 1.4146},
        {{90.8027, -2.0831, 1.4410}, {91.1528, -1.6435, 0.0447}, 1.4441},
        {{90.9257, -0.5406, -0.9208}, {88.6381, -0.8985, -0.7239}, 1.5381},
        {{6.7747, -0.2908, -2.4247}, {5.8714, -0.0985, -2.2286}, 0.6377},
        {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
    };
    ASSERT_EQ(cases.size(), 34u);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        // The published values are rounded to four decimals.
        EXPECT_NEAR(ciede2000(c.x, c.y), c.expected, 0.5e-4) << "pair " << i + 1;
        EXPECT_NEAR(ciede2000(c.y, c.x), c.expected, 0.5e-4) << "pair " << i + 1 << " reversed";
    }
}

TEST(Ciede2000, IdenticalColoursDifferByNothing) {
    EXPECT_EQ(ciede2000({50, 10, -20}, {50, 10, -20}), 0.0);
    EXPECT_EQ(ciede2000({0, 0, 0}, {0, 0, 0}), 0.0);
}

TEST(Colour, SrgbTransferRoundTrips) {
    for (double v = 0; v <= 1.0; v += 0.05) EXPECT_NEAR(linear_to_srgb(srgb_to_linear(v)), v, 1e-12) << v;
    EXPECT_NEAR(srgb_to_linear(0.5), 0.214041, 1e-6);
}

TEST(Colour, CielabOfReferenceColours) {
    const Lab white = to_lab(Colour::hex("#ffffff")), black = to_lab(Colour::hex("#000000"));
    EXPECT_NEAR(white.L, 100, 1e-9);
    EXPECT_NEAR(white.a, 0, 1e-9);
    EXPECT_NEAR(white.b, 0, 1e-9);
    EXPECT_NEAR(black.L, 0, 1e-9);
    // sRGB red under D65: L* 53.24, a* 80.09, b* 67.20 (as tabulated by common colour calculators).
    const Lab red = to_lab(Colour::hex("#ff0000"));
    EXPECT_NEAR(red.L, 53.24, 0.01);
    EXPECT_NEAR(red.a, 80.09, 0.01);
    EXPECT_NEAR(red.b, 67.20, 0.01);
    // Every grey is neutral.
    const Lab grey = to_lab(Colour::hex("#777777"));
    EXPECT_NEAR(grey.a, 0, 1e-9);
    EXPECT_NEAR(grey.b, 0, 1e-9);
    EXPECT_NEAR(grey.L, 50.03, 0.01);
}

TEST(Simulation, GrayscaleKeepsLightnessAndDropsColour) {
    for (const char* hex : {"#ffffb2", "#fd8d3c", "#bd0026", "#3182bd", "#1a9641"}) {
        const Lab original = to_lab(Colour::hex(hex)), grey = to_lab(simulate(Colour::hex(hex), Vision::grayscale));
        EXPECT_NEAR(grey.L, original.L, 1e-9) << hex;
        EXPECT_NEAR(grey.a, 0, 1e-9) << hex;
        EXPECT_NEAR(grey.b, 0, 1e-9) << hex;
    }
}

TEST(Simulation, DeficienciesKeepNeutralColours) {
    // Each Machado matrix maps linear white to white (its rows add up to 1), so greys stay grey.
    for (Vision v : {Vision::protanopia, Vision::deuteranopia, Vision::tritanopia}) {
        for (const char* hex : {"#ffffff", "#777777", "#000000"}) {
            EXPECT_LT(ciede2000(to_lab(Colour::hex(hex)), to_lab(simulate(Colour::hex(hex), v))), 0.05) << to_string(v) << " " << hex;
        }
    }
}

TEST(Simulation, RedGreenDeficienciesConfuseRedAndGreenButNotBlueAndYellow) {
    // ColorBrewer RdYlGn's light orange and light green: far apart in colour, one colour to a deuteranope.
    EXPECT_GT(difference("#fdae61", "#a6d96a", Vision::normal), 30);
    EXPECT_LT(difference("#fdae61", "#a6d96a", Vision::deuteranopia), 2.5);
    // Blue against yellow is what protanopes and deuteranopes still see; tritanopes lose it.
    EXPECT_GT(difference("#2c7bb6", "#ffffbf", Vision::protanopia), 40);
    EXPECT_GT(difference("#2c7bb6", "#ffffbf", Vision::deuteranopia), 40);
    EXPECT_LT(difference("#2c7bb6", "#ffffbf", Vision::tritanopia), difference("#2c7bb6", "#ffffbf", Vision::normal) - 10);
}

TEST(Simulation, StrongRedAndGreenLoseMostOfTheirDifferenceButNotAllOfIt) {
    // RdYlGn's two ends, #d7191c and #1a9641. Under the deuteranopia simulation both become a dark olive
    // of the same lightness and hue (#8a7b0c and #8a7f48); what is left is a difference of saturation,
    // about 8, which is above the threshold: the check does not call them merged. ColorBrewer rates the
    // 4- and 5-class RdYlGn sets only "maybe" for colour-blind readers, for their lighter pairs (below).
    const double normal = difference("#d7191c", "#1a9641", Vision::normal);
    const double deuteranope = difference("#d7191c", "#1a9641", Vision::deuteranopia);
    EXPECT_GT(normal, 60);
    EXPECT_LT(deuteranope, 10);
    EXPECT_GT(deuteranope, print_check_threshold);
    EXPECT_EQ(simulate(Colour::hex("#d7191c"), Vision::deuteranopia).hex(), "#8a7b0c");
    EXPECT_EQ(simulate(Colour::hex("#1a9641"), Vision::deuteranopia).hex(), "#8a7f48");
}

TEST(PrintCheck, YlOrRdFiveStaysOrderedAndApartInGrayscaleAndForEveryDeficiency) {
    const auto classes = swatches(palette("YlOrRd", 5));
    const PrintCheck check = check_print(classes);
    EXPECT_TRUE(check.passes());
    ASSERT_EQ(check.summaries.size(), 5u);
    for (const auto& s : check.summaries) EXPECT_GE(s.smallest, print_check_threshold) << to_string(s.vision);
    // Light to dark stays light to dark in print.
    for (std::size_t i = 1; i < classes.size(); ++i) {
        EXPECT_LT(to_lab(simulate(classes[i].colour, Vision::grayscale)).L, to_lab(simulate(classes[i - 1].colour, Vision::grayscale)).L - 5)
            << classes[i].label;
    }
}

TEST(PrintCheck, SequentialSchemesUpToSevenClassesPass) {
    for (const char* name : {"YlOrRd", "Blues", "Greys"})
        for (int n = 1; n <= 7; ++n) EXPECT_TRUE(check_print(swatches(palette(name, n))).passes()) << name << " " << n;
}

TEST(PrintCheck, YlOrRdNineMergesInGrayscaleAtItsLightEnd) {
    // Its three lightest yellows (L* 98.9, 93.6 and 88.0) are distinct in colour, not in gray.
    const PrintCheck check = check_print(swatches(palette("YlOrRd", 9)));
    EXPECT_FALSE(check.passes());
    EXPECT_TRUE(merges_under(check, Vision::normal).empty());
    const auto gray = merges_under(check, Vision::grayscale);
    ASSERT_EQ(gray.size(), 2u);
    EXPECT_EQ(gray[0]->first_label, "#ffffcc");
    EXPECT_EQ(gray[0]->second_label, "#ffeda0");
    EXPECT_EQ(gray[0]->first, 0u);
    EXPECT_EQ(gray[0]->second, 1u);
    EXPECT_NEAR(gray[0]->delta_e, 3.1, 0.05);
    EXPECT_EQ(gray[1]->first_label, "#ffeda0");
    EXPECT_EQ(gray[1]->second_label, "#fed976");
    EXPECT_NEAR(gray[1]->delta_e, 3.5, 0.05);
    EXPECT_EQ(check.summaries[1].vision, Vision::grayscale);
    EXPECT_NEAR(check.summaries[1].smallest, gray[0]->delta_e, 1e-12);
    EXPECT_EQ(check.summaries[1].first_label, "#ffffcc");
}

TEST(PrintCheck, APairTooCloseInColourIsReportedOnceUnderNormalVision) {
    // Greys 9 starts with white and #f0f0f0: close for everyone, so grayscale and the deficiencies
    // do not repeat it.
    const PrintCheck check = check_print(swatches(palette("Greys", 9)));
    ASSERT_EQ(check.merges.size(), 1u);
    EXPECT_EQ(check.merges[0].vision, Vision::normal);
    EXPECT_EQ(check.merges[0].first_label, "#ffffff");
    EXPECT_EQ(check.merges[0].second_label, "#f0f0f0");
    EXPECT_LT(check.summaries[1].smallest, print_check_threshold);  // still the smallest in grayscale
}

TEST(PrintCheck, ColorBrewerRatingsItWasCalibratedOn) {
    // RdYlGn 3, 4 and 5 are rated only "maybe" for colour-blind readers; the check finds which classes
    // a deuteranope confuses. Non-adjacent classes count: in RdYlGn 3 it is the two ends.
    const PrintCheck three = check_print(swatches({"#fc8d59", "#ffffbf", "#91cf60"}));
    const auto deut3 = merges_under(three, Vision::deuteranopia);
    ASSERT_EQ(deut3.size(), 1u);
    EXPECT_EQ(deut3[0]->first, 0u);
    EXPECT_EQ(deut3[0]->second, 2u);
    const PrintCheck four = check_print(swatches({"#d7191c", "#fdae61", "#a6d96a", "#1a9641"}));
    const auto deut4 = merges_under(four, Vision::deuteranopia);
    ASSERT_EQ(deut4.size(), 1u);
    EXPECT_EQ(deut4[0]->first_label, "#fdae61");
    EXPECT_EQ(deut4[0]->second_label, "#a6d96a");
    // Rated safe: RdBu 5, PRGn 5 and RdYlBu 5 keep apart under every deficiency (in grayscale a
    // diverging scheme's two ends may match: that is for the grayscale finding).
    for (const auto& set : std::vector<std::vector<std::string>>{{"#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"},
                                                                 {"#7b3294", "#c2a5cf", "#f7f7f7", "#a6dba0", "#008837"},
                                                                 {"#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"}}) {
        const PrintCheck check = check_print(swatches(set));
        for (Vision v : {Vision::protanopia, Vision::deuteranopia, Vision::tritanopia})
            EXPECT_TRUE(merges_under(check, v).empty()) << set.front() << " " << to_string(v);
    }
    EXPECT_FALSE(merges_under(check_print(swatches({"#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"})), Vision::grayscale).empty());
}

TEST(PrintCheck, NoDataHatchMustShowOnItsBackground) {
    const auto classes = swatches(palette("YlOrRd", 3));
    EXPECT_TRUE(check_print(classes, HatchSwatch{"No data", Colour::hex("#ffffff"), Colour::hex("#8c8c8c")}).passes());
    const PrintCheck faint = check_print(classes, HatchSwatch{"No data", Colour::hex("#ffffff"), Colour::hex("#f6f6f6")});
    ASSERT_EQ(faint.merges.size(), 1u);
    EXPECT_EQ(faint.merges[0].first, classes.size());
    EXPECT_EQ(faint.merges[0].first_label, "No data (hatching)");
    EXPECT_EQ(faint.merges[0].second_label, "No data (background)");
}

TEST(PrintCheck, OneClassHasNothingToMergeWith) {
    const PrintCheck check = check_print(swatches({"#fd8d3c"}));
    EXPECT_TRUE(check.passes());
    for (const auto& s : check.summaries) EXPECT_TRUE(std::isinf(s.smallest));
}

TEST(PrintCheck, ThresholdIsAParameter) {
    EXPECT_FALSE(check_print(swatches(palette("YlOrRd", 5)), std::nullopt, 10).passes());
    EXPECT_TRUE(check_print(swatches(palette("YlOrRd", 9)), std::nullopt, 3).passes());
}
