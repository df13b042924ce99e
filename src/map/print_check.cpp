#include "bordermap/map/print_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace bordermap {
// Why 4 (print_check_threshold). About 1 CIEDE2000 unit is just noticeable for large patches side by
// side; a map reader matches a region to a legend swatch across the page, which needs more. Brychtová &
// Çöltekin ("The effect of spatial distance on the discriminability of colors in maps", Cartography and
// Geographic Information Science, 2016) recommend 10 as a design target; that is a goal, not the point
// where classes merge, and most 5-class ColorBrewer schemes fall below it in grayscale. The merge point
// was calibrated instead against ColorBrewer's own colour-blind ratings (colorbrewer2.org, "blind"),
// over 54 sets: six diverging schemes of 3 to 7 classes and six sequential ones of 3 to 6. Under the
// simulated deficiencies the sets rated unsafe come out at 2.0 or less, those rated doubtful at 2.0 to
// 2.6 (RdYlGn) or 8.7 to 11.2 (Spectral), and those rated safe at 4.8 or more, but for PiYG 7 and
// GnBu 6 (3.8 and 3.7, which 4 flags). It also flags the 8- and 9-class YlOrRd and Blues in grayscale
// and Greys even in colour (3.0 to 3.6; ColorBrewer rates all three unfit for photocopying), and passes
// YlOrRd 5 in grayscale (8.6).

std::string one_decimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

PrintCheck check_print(const std::vector<Swatch>& classes, const std::optional<HatchSwatch>& no_data, double threshold) {
    PrintCheck out;
    out.threshold = threshold;
    // The swatches compared: every pair of classes, then the hatch against its fill.
    struct Pair {
        std::size_t first, second;
        Colour a, b;
        std::string first_label, second_label;
        double normal = 0;
    };
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < classes.size(); ++i)
        for (std::size_t j = i + 1; j < classes.size(); ++j)
            pairs.push_back({i, j, classes[i].colour, classes[j].colour, classes[i].label, classes[j].label, 0});
    if (no_data) {
        pairs.push_back({classes.size(), classes.size(), no_data->hatch, no_data->fill, no_data->label + " (hatching)",
                         no_data->label + " (background)", 0});
    }
    for (auto& p : pairs) p.normal = ciede2000(to_lab(p.a), to_lab(p.b));

    for (Vision vision : all_visions()) {
        VisionSummary summary{vision, std::numeric_limits<double>::infinity(), {}, {}};
        for (const auto& p : pairs) {
            const double d = vision == Vision::normal ? p.normal : ciede2000(to_lab(simulate(p.a, vision)), to_lab(simulate(p.b, vision)));
            if (d < summary.smallest) summary = {vision, d, p.first_label, p.second_label};
            const bool merged_by_this_vision = vision == Vision::normal || p.normal >= threshold;
            if (d < threshold && merged_by_this_vision) out.merges.push_back({vision, p.first, p.second, p.first_label, p.second_label, d});
        }
        out.summaries.push_back(summary);
    }
    return out;
}

}  // namespace bordermap
