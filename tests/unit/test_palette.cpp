// map/palette.hpp: ColorBrewer schemes, the viridis family, continuous ramps and colours.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "bordermap/colour/palette.hpp"

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

bool is_viridis_family(const std::string& name) {
    return name == "viridis" || name == "magma" || name == "inferno" || name == "plasma" || name == "cividis";
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
        const int most = std::min(9, bordermap::palette_info(name).max_classes);
        for (int count = 1; count <= most; ++count) {
            EXPECT_EQ(palette(name, count).size(), static_cast<std::size_t>(count)) << name << " " << count;
        }
    }
}

TEST(Palette, SequentialColoursGoFromLightToDark) {
    for (const auto& name : bordermap::palette_names()) {
        if (bordermap::palette_info(name).kind != bordermap::PaletteKind::sequential || is_viridis_family(name)) continue;
        for (int count = 2; count <= 9; ++count) {
            const auto colours = palette(name, count);
            for (std::size_t i = 1; i < colours.size(); ++i) {
                EXPECT_LT(luminance(colours[i]), luminance(colours[i - 1]))
                    << name << " " << count << ": " << colours[i - 1].hex() << " then " << colours[i].hex();
            }
        }
    }
}

TEST(Palette, ViridisFamilyGoesFromDarkToLight) {
    for (const char* name : {"viridis", "magma", "inferno", "plasma", "cividis"}) {
        const auto colours = palette(name, 9);
        for (std::size_t i = 1; i < colours.size(); ++i) EXPECT_GT(luminance(colours[i]), luminance(colours[i - 1])) << name << " " << i;
    }
}

TEST(Palette, DivergingSchemesAreLightestInTheMiddle) {
    for (const auto& name : bordermap::palette_names()) {
        if (bordermap::palette_info(name).kind != bordermap::PaletteKind::diverging) continue;
        for (int count : {3, 5, 7, 9}) {
            const auto colours = palette(name, count);
            const std::size_t middle = colours.size() / 2;
            for (std::size_t i = 0; i < colours.size(); ++i) {
                if (i == middle) continue;
                EXPECT_LT(luminance(colours[i]), luminance(colours[middle])) << name << " " << count << " " << i;
            }
        }
    }
}

TEST(Palette, TwoClassesAreTheEndsOfThree) {
    const auto three = palette("YlOrRd", 3), two = palette("YlOrRd", 2);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0], three[0]);
    EXPECT_EQ(two[1], three[2]);
    EXPECT_EQ(palette("RdBu", 1), (std::vector<Colour>{palette("RdBu", 3)[1]}));  // the neutral middle
    EXPECT_EQ(hexes(palette("Set1", 2)), (std::vector<std::string>{"#e41a1c", "#377eb8"}));  // qualitative: the first two
}

// The sets below are from colorbrewer_schemes.js of github.com/axismaps/colorbrewer (the code behind
// colorbrewer2.org), a copy independent of the table the palettes are built from.
TEST(Palette, ColorBrewerSetsOfEveryKind) {
    EXPECT_EQ(hexes(palette("RdBu", 5)), (std::vector<std::string>{"#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"}));
    EXPECT_EQ(hexes(palette("Spectral", 6)),
              (std::vector<std::string>{"#d53e4f", "#fc8d59", "#fee08b", "#e6f598", "#99d594", "#3288bd"}));
    EXPECT_EQ(hexes(palette("PuOr", 9)), (std::vector<std::string>{"#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb",
                                                                   "#b2abd2", "#8073ac", "#542788"}));
    EXPECT_EQ(hexes(palette("BrBG", 7)),
              (std::vector<std::string>{"#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e"}));
    EXPECT_EQ(hexes(palette("YlGn", 4)), (std::vector<std::string>{"#ffffcc", "#c2e699", "#78c679", "#238443"}));
    EXPECT_EQ(hexes(palette("Set2", 8)), (std::vector<std::string>{"#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f",
                                                                   "#e5c494", "#b3b3b3"}));
    EXPECT_EQ(hexes(palette("Paired", 9)), (std::vector<std::string>{"#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c",
                                                                     "#fdbf6f", "#ff7f00", "#cab2d6"}));
    EXPECT_EQ(hexes(palette("Dark2", 3)), (std::vector<std::string>{"#1b9e77", "#d95f02", "#7570b3"}));
}

TEST(Palette, EveryColorBrewerSchemeIsThere) {
    const std::vector<std::string> expected{
        "Blues", "BuGn", "BuPu", "GnBu", "Greens", "Greys", "OrRd", "Oranges", "PuBu", "PuBuGn", "PuRd", "Purples", "RdPu", "Reds",
        "YlGn", "YlGnBu", "YlOrBr", "YlOrRd",                                                  // sequential
        "BrBG", "PiYG", "PRGn", "PuOr", "RdBu", "RdGy", "RdYlBu", "RdYlGn", "Spectral",        // diverging
        "Accent", "Dark2", "Paired", "Pastel1", "Pastel2", "Set1", "Set2", "Set3",             // qualitative
        "viridis", "magma", "inferno", "plasma", "cividis"};
    EXPECT_EQ(bordermap::palette_names(), expected);
    EXPECT_EQ(bordermap::palette_info("Set2").max_classes, 8);
    EXPECT_EQ(bordermap::palette_info("Set3").max_classes, 9);
    EXPECT_EQ(bordermap::palette_info("RdBu").kind, bordermap::PaletteKind::diverging);
    EXPECT_EQ(bordermap::palette_info("Pastel1").kind, bordermap::PaletteKind::qualitative);
}

TEST(Palette, MoreClassesThanTheSchemeHasThrows) {
    EXPECT_THROW((void)palette("Set2", 9), std::invalid_argument);
    EXPECT_NE(palette_error("Set2", 9).find("at most 8"), std::string::npos) << palette_error("Set2", 9);
}

// matplotlib's ListedColormap (and d3's interpolateViridis) picks entry floor(t * 256) of the published
// 256-entry map: plt.cm.viridis(np.linspace(0, 1, 5)) and so on.
TEST(Palette, ViridisFamilyIsThePublishedMaps) {
    EXPECT_EQ(hexes(palette("viridis", 5)), (std::vector<std::string>{"#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"}));
    EXPECT_EQ(hexes(palette("viridis", 4)), (std::vector<std::string>{"#440154", "#31688e", "#35b779", "#fde725"}));
    EXPECT_EQ(hexes(palette("magma", 5)), (std::vector<std::string>{"#000004", "#51127c", "#b73779", "#fc8961", "#fcfdbf"}));
    EXPECT_EQ(hexes(palette("inferno", 5)), (std::vector<std::string>{"#000004", "#57106e", "#bc3754", "#f98e09", "#fcffa4"}));
    EXPECT_EQ(hexes(palette("plasma", 5)), (std::vector<std::string>{"#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"}));
    EXPECT_EQ(hexes(palette("cividis", 5)), (std::vector<std::string>{"#00224e", "#434e6c", "#7d7c78", "#bcae6c", "#fee838"}));
    EXPECT_EQ(hexes(palette("viridis", 1)), (std::vector<std::string>{"#21918c"}));
}

TEST(Palette, LeadingMinusReverses) {
    auto forward = palette("viridis", 4);
    std::reverse(forward.begin(), forward.end());
    EXPECT_EQ(palette("-viridis", 4), forward);
    EXPECT_EQ(hexes(palette("-Blues", 3)), (std::vector<std::string>{"#3182bd", "#9ecae1", "#deebf7"}));
    EXPECT_EQ(bordermap::palette_info("-RdBu").kind, bordermap::PaletteKind::diverging);
}

TEST(Palette, DefaultIsColourBlindSafe) {
    // ColorBrewer marks YlOrRd colorblind safe for every number of classes.
    EXPECT_STREQ(bordermap::default_palette, "YlOrRd");
    EXPECT_GE(bordermap::palette_info(bordermap::default_palette).colourblind_safe_up_to, 9);
    EXPECT_EQ(bordermap::palette_info("Spectral").colourblind_safe_up_to, 0);
    EXPECT_EQ(bordermap::palette_info("Set2").colourblind_safe_up_to, 3);
}

TEST(Palette, EveryColourIsWholeBytes) {
    // Cairo rounds a fraction of 255 its own way: only whole bytes come out of the PNG exactly as the
    // GeoJSON and the QGIS style name them.
    for (const auto& name : bordermap::palette_names()) {
        const int most = std::min(9, bordermap::palette_info(name).max_classes);
        for (int count = 1; count <= most; ++count)
            for (const Colour& c : palette(name, count)) EXPECT_EQ(Colour::hex(c.hex()), c) << name << " " << count << " " << c.hex();
    }
}

TEST(Palette, SameNameSameColoursEveryTime) {
    for (const auto& name : bordermap::palette_names()) EXPECT_EQ(hexes(palette(name, 3)), hexes(palette(name, 3))) << name;
}

TEST(Palette, UnknownNameThrowsListingKnownNames) {
    EXPECT_THROW((void)palette("Rainbow", 5), std::invalid_argument);
    const std::string message = palette_error("Rainbow", 5);
    EXPECT_NE(message.find("'Rainbow'"), std::string::npos) << message;
    for (const auto& name : bordermap::palette_names()) EXPECT_NE(message.find(name), std::string::npos) << message;
}

TEST(Palette, NameIsCaseSensitive) { EXPECT_THROW((void)palette("ylorrd", 5), std::invalid_argument); }

TEST(Palette, UnknownNameListsTheNearestFirst) {
    for (const auto& [typo, nearest] : std::vector<std::pair<std::string, std::string>>{
             {"virdis", "viridis"}, {"ylorrd", "YlOrRd"}, {"RdBlu", "RdBu"}, {"Set 2", "Set2"}, {"-Bleus", "Blues"}}) {
        const std::string message = palette_error(typo, 5);
        const std::string lead = "use one of ";
        const auto at = message.find(lead);
        ASSERT_NE(at, std::string::npos) << message;
        EXPECT_EQ(message.substr(at + lead.size(), nearest.size() + 1), nearest + ",") << message;
    }
}

TEST(Palette, CountOutsideOneToNineThrows) {
    EXPECT_THROW((void)palette("YlOrRd", 0), std::invalid_argument);
    EXPECT_THROW((void)palette("YlOrRd", 10), std::invalid_argument);
    EXPECT_THROW((void)palette("YlOrRd", -1), std::invalid_argument);
}

// --- Continuous ramps --------------------------------------------------------------------------

TEST(PaletteRamp, EndsAndStopsAreTheSchemesOwnColours) {
    using bordermap::sample_palette;
    EXPECT_EQ(sample_palette("YlOrRd", 0).hex(), "#ffffcc");  // the ends of the nine-class set
    EXPECT_EQ(sample_palette("YlOrRd", 1).hex(), "#800026");
    EXPECT_EQ(sample_palette("YlOrRd", 0.5).hex(), "#fd8d3c");  // its fifth colour, exactly
    EXPECT_EQ(sample_palette("YlOrRd", 0.25).hex(), "#fed976");
    EXPECT_EQ(sample_palette("viridis", 0).hex(), "#440154");
    EXPECT_EQ(sample_palette("viridis", 1).hex(), "#fde725");
    EXPECT_EQ(sample_palette("viridis", 128.0 / 255).hex(), palette("viridis", 1)[0].hex());
    EXPECT_EQ(sample_palette("RdBu", 0.5).hex(), "#f7f7f7");
}

TEST(PaletteRamp, BetweenStopsIsBetweenInLightness) {
    using bordermap::sample_palette;
    double previous = 2;
    for (int i = 0; i <= 100; ++i) {
        const double l = luminance(sample_palette("YlOrRd", i / 100.0));
        EXPECT_LE(l, previous + 1e-3) << i;  // 8-bit rounding may wobble a hair
        previous = l;
    }
    // Half-way between two stops is neither of them.
    const Colour between = sample_palette("Blues", 1.0 / 16);
    EXPECT_NE(between.hex(), "#f7fbff");
    EXPECT_NE(between.hex(), "#deebf7");
}

TEST(PaletteRamp, CielabMidpointOfTwoStops) {
    // Half-way from #ffffcc to #ffeda0 (YlOrRd's first two stops of nine) in CIELAB (D65): L*a*b*
    // (98.9, -8.1, 24.5) and (93.6, -4.6, 39.5) meet at (96.2, -6.3, 32.0), which is sRGB (255, 246, 182),
    // worked out separately in double precision.
    const Colour mid = bordermap::sample_palette("YlOrRd", 1.0 / 16);
    EXPECT_EQ(mid.hex(), "#fff6b6");
    // Where CIELAB and sRGB part: half-way from #252525 to #000000 (Greys' last two stops) is L* 7.34,
    // which is grey 22, where a blend of the bytes would give 18 or 19.
    EXPECT_EQ(bordermap::sample_palette("Greys", 15.0 / 16).hex(), "#161616");
}

TEST(PaletteRamp, ClampsAndReverses) {
    using bordermap::sample_palette;
    EXPECT_EQ(sample_palette("Greys", -3), sample_palette("Greys", 0));
    EXPECT_EQ(sample_palette("Greys", 7), sample_palette("Greys", 1));
    EXPECT_EQ(sample_palette("Greys", std::nan("")), sample_palette("Greys", 0));
    EXPECT_EQ(sample_palette("-YlOrRd", 0).hex(), "#800026");
    EXPECT_EQ(sample_palette("-viridis", 0.3), sample_palette("viridis", 0.7));
}

TEST(PaletteRamp, ColoursAreWholeBytes) {
    // What the PNG draws must be exactly what the GeoJSON and the QGIS style say.
    for (int i = 0; i <= 20; ++i) {
        const Colour c = bordermap::sample_palette("viridis", i / 20.0 + 0.013);
        EXPECT_EQ(Colour::hex(c.hex()), c);
    }
}

TEST(PaletteRamp, QualitativeSchemesHaveNoRamp) {
    EXPECT_THROW((void)bordermap::sample_palette("Set2", 0.5), std::invalid_argument);
    EXPECT_THROW((void)bordermap::sample_palette("NoSuchRamp", 0.5), std::invalid_argument);
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
