// map/palette.hpp: ColorBrewer sequential schemes and colours.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "bordermap/map/palette.hpp"

using bordermap::Colour;
using bordermap::palette;

namespace {

std::vector<std::string> hexes(const std::vector<Colour>& colours) {
    std::vector<std::string> out;
    for (const auto& c : colours) out.push_back(c.hex());
    return out;
}

// Relative luminance (sRGB linearised, ITU-R BT.709 weights).
double luminance(const Colour& c) {
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

std::string palette_error(const std::string& name, int count) {
    try {
        (void)palette(name, count);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(Palette, YlOrRdFiveIsColorBrewer) {
    EXPECT_EQ(hexes(palette("YlOrRd", 5)),
              (std::vector<std::string>{"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}));
}

TEST(Palette, BluesThreeIsColorBrewer) {
    EXPECT_EQ(hexes(palette("Blues", 3)), (std::vector<std::string>{"#deebf7", "#9ecae1", "#3182bd"}));
}

TEST(Palette, YlOrRdNineIsColorBrewer) {
    EXPECT_EQ(hexes(palette("YlOrRd", 9)), (std::vector<std::string>{"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c",
                                                                     "#fc4e2a", "#e31a1c", "#bd0026", "#800026"}));
}

TEST(Palette, GreysFourIsColorBrewer) {
    EXPECT_EQ(hexes(palette("Greys", 4)), (std::vector<std::string>{"#f7f7f7", "#cccccc", "#969696", "#525252"}));
}

TEST(Palette, EveryCountGivesThatManyColours) {
    for (const auto& name : bordermap::palette_names()) {
        for (int count = 1; count <= 9; ++count) {
            EXPECT_EQ(palette(name, count).size(), static_cast<std::size_t>(count)) << name << " " << count;
        }
    }
}

TEST(Palette, ColoursGoFromLightToDark) {
    for (const auto& name : bordermap::palette_names()) {
        for (int count = 2; count <= 9; ++count) {
            const auto colours = palette(name, count);
            for (std::size_t i = 1; i < colours.size(); ++i) {
                EXPECT_LT(luminance(colours[i]), luminance(colours[i - 1]))
                    << name << " " << count << ": " << colours[i - 1].hex() << " then " << colours[i].hex();
            }
        }
    }
}

TEST(Palette, TwoClassesAreTheEndsOfThree) {
    const auto three = palette("YlOrRd", 3), two = palette("YlOrRd", 2);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0], three[0]);
    EXPECT_EQ(two[1], three[2]);
}

TEST(Palette, KnownNamesIncludeTheDocumentedSchemes) {
    const auto names = bordermap::palette_names();
    EXPECT_EQ(names, (std::vector<std::string>{"Blues", "Greys", "YlOrRd"}));
}

TEST(Palette, UnknownNameThrowsListingKnownNames) {
    EXPECT_THROW((void)palette("Rainbow", 5), std::invalid_argument);
    const std::string message = palette_error("Rainbow", 5);
    EXPECT_NE(message.find("'Rainbow'"), std::string::npos) << message;
    for (const auto& name : bordermap::palette_names()) EXPECT_NE(message.find(name), std::string::npos) << message;
}

TEST(Palette, NameIsCaseSensitive) { EXPECT_THROW((void)palette("ylorrd", 5), std::invalid_argument); }

TEST(Palette, CountOutsideOneToNineThrows) {
    EXPECT_THROW((void)palette("YlOrRd", 0), std::invalid_argument);
    EXPECT_THROW((void)palette("YlOrRd", 10), std::invalid_argument);
    EXPECT_THROW((void)palette("YlOrRd", -1), std::invalid_argument);
}

TEST(Colour, HexRoundTrips) {
    for (const std::string hex : {"#ffffb2", "#000000", "#ffffff", "#08306b", "#bd0026"}) {
        EXPECT_EQ(Colour::hex(hex).hex(), hex);
    }
}

TEST(Colour, HexParsesChannels) {
    const Colour c = Colour::hex("#ff0080");
    EXPECT_DOUBLE_EQ(c.r, 1.0);
    EXPECT_DOUBLE_EQ(c.g, 0.0);
    EXPECT_DOUBLE_EQ(c.b, 128.0 / 255.0);
}

TEST(Colour, UpperCaseHexIsAccepted) { EXPECT_EQ(Colour::hex("#FFFFB2").hex(), "#ffffb2"); }

TEST(Colour, HexClampsOutOfRangeChannels) {
    const Colour c{1.5, -0.2, 0.5};
    EXPECT_EQ(c.hex(), "#ff0080");
}

TEST(Colour, MalformedHexThrows) {
    EXPECT_THROW((void)Colour::hex("ffffb2"), std::invalid_argument);
    EXPECT_THROW((void)Colour::hex("#fffb2"), std::invalid_argument);
    EXPECT_THROW((void)Colour::hex("#gggggg"), std::invalid_argument);
    EXPECT_THROW((void)Colour::hex(""), std::invalid_argument);
}
