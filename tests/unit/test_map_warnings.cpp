// map/map_warnings.hpp and the colours of map/classes.hpp: classes that would vanish into the
// fills around them, and close values that the palette's steps would set far apart.
#include <gtest/gtest.h>

#include "bordermap/colour/lab.hpp"
#include "bordermap/colour/palette.hpp"
#include "bordermap/core/bundled.hpp"
#include "bordermap/model/style.hpp"
#include "bordermap/map/classes.hpp"
#include "bordermap/map/map_warnings.hpp"
#include "bordermap/map/print_check.hpp"

using namespace bordermap;

namespace {

TEST(BackgroundClashes, BluesLightestIsLostAgainstTheLightBlueSea) {
    const Style style = find_style("publication", bundled_path("styles"), "test");
    const auto clashes = background_clashes(palette("Blues", 3), style);
    ASSERT_FALSE(clashes.empty());
    EXPECT_EQ(clashes.front().class_index, 0u);
    EXPECT_EQ(clashes.front().background, "the sea");
    EXPECT_LT(clashes.front().delta_e, print_check_threshold);
}

TEST(BackgroundClashes, ADarkClassStandsOutFromEveryFill) {
    const Style style = find_style("publication", bundled_path("styles"), "test");
    EXPECT_TRUE(background_clashes({Colour::hex("#08306b")}, style).empty());
}

// Every bundled style with its own palette (or the default one), at two to five classes: no class
// a map gets is lost against the style's sea or land, and moving the classes that
// were does not merge them with their neighbours. (Six or seven greys on white leave no room:
// between white and Greys' second class no grey is 4 from both, and `check` says so.)
TEST(ClassColours, NoBundledStyleCollidesWithItsOwnPalette) {
    for (const std::string& name : bundled_styles()) {
        const Style style = find_style(name, bundled_path("styles"), "test");
        const std::string scheme = style.palette.empty() ? default_palette : style.palette;
        for (int classes = 2; classes <= 5; ++classes) {
            const std::vector<Colour> colours = class_colours(scheme, classes, style);
            std::vector<Swatch> swatches;
            for (const Colour& c : colours) swatches.push_back({c.hex(), c});
            const PrintCheck as_given = check_print(swatches), raw = check_print([&] {
                std::vector<Swatch> s;
                for (const Colour& c : palette(scheme, classes)) s.push_back({c.hex(), c});
                return s;
            }());
            EXPECT_LE(as_given.merges.size(), raw.merges.size()) << name << " with " << scheme << " " << classes;
            for (const BackgroundClash& clash : background_clashes(colours, style)) {
                ADD_FAILURE() << name << " with " << scheme << " " << classes << ": class " << clash.class_index << " against " << clash.background
                              << " (" << clash.delta_e << ")";
            }
        }
    }
}

}  // namespace
