#include "bordermap/map/classes.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "bordermap/colour/lab.hpp"
#include "bordermap/colour/palette.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/map/map_warnings.hpp"
#include "bordermap/map/print_check.hpp"

namespace bordermap {
namespace {

// The atlas's fixed reference, else the largest magnitude among the point figures of all the maps
// (a polygon's value has no circle, so it must not shrink the circles of the points beside it).
double circle_reference(const std::vector<const JoinedMap*>& maps) {
    if (const auto fixed = maps.front()->spec->circle_reference) return *fixed;
    double largest = 0;
    for (const JoinedMap* joined : maps) largest = std::max(largest, largest_point_value(*joined));
    return largest;
}

// Each class holds one value at most, and no breaks of the user's decide: then the palette's even
// steps would set the lowest and highest values as far apart as the palette goes, however close
// they are (3,381 and 3,500 as its lightest and darkest colour).
bool few_distinct_values(std::vector<double> values, const Classification& c, const MapSpec& spec) {
    if (spec.method == ClassMethod::manual || c.size() < 2) return false;
    std::sort(values.begin(), values.end());
    const auto distinct = std::unique(values.begin(), values.end()) - values.begin();
    return distinct <= static_cast<long>(c.size());
}

// Where each class's colour sits on the palette: its value's place between zero (for values that
// are never negative) or the lowest value and the highest, so that close numbers look close and
// far ones far. The palette's first `lightest_used` is kept for zero, so a small value still stands
// out from the land around it.
std::vector<double> proportional_shares(const Classification& c, const std::vector<double>& values, double lightest_used) {
    const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
    const double low = *lowest >= 0 ? 0 : *lowest, high = *highest;
    std::vector<double> shares;
    for (std::size_t i = 0; i < c.size(); ++i) {
        // The class's value: the mean of its values, its middle when it holds none.
        double sum = 0, count = 0;
        for (double v : values)
            if (c.class_of(v) == static_cast<int>(i)) sum += v, ++count;
        const double value = count > 0 ? sum / count : (c.lower[i] + c.upper[i]) / 2;
        const double share = high > low ? (value - low) / (high - low) : 1;
        shares.push_back(lightest_used + (1 - lightest_used) * share);
    }
    return shares;
}

}  // namespace

std::vector<MapClasses> classify_maps(const std::vector<const JoinedMap*>& maps) {
    const MapSpec& spec = *maps.front()->spec;
    std::vector<double> values;
    int decimals = 0;
    for (const JoinedMap* joined : maps) {
        decimals = std::max(decimals, joined->decimals);
        for (const auto& s : joined->subjects)
            if (s.has_value()) values.push_back(s.value());
    }
    MapClasses shared;
    shared.circle_reference = circle_reference(maps);
    // A map of silent documents only (every figure "not reported") has nothing to class.
    if (!values.empty()) try {
        shared.classification = classify(values, spec.method, spec.classes, spec.breaks, decimals);
        // A style may impose its palette (grayscale print); otherwise the map's own.
        const std::string& scheme = spec.style.palette.empty() ? spec.palette : spec.style.palette;
        const Classification& c = shared.classification;
        if (c.continuous) {
            // Each value's colour from its place between the lowest and the highest value.
            const double low = c.lower.front(), high = c.upper.back();
            for (double v : c.lower) shared.colours.push_back(sample_palette(scheme, (v - low) / (high - low)));
            constexpr int ramp_steps = 64;
            for (int i = 0; i <= ramp_steps; ++i) shared.ramp.push_back(sample_palette(scheme, static_cast<double>(i) / ramp_steps));
        } else if (few_distinct_values(values, c, spec)) {
            // The palette's lightest end is left out as far as the style's fills need.
            for (double lightest_used = 0.1; lightest_used < 0.45; lightest_used += 0.05) {
                shared.proportional_shares = proportional_shares(c, values, lightest_used);
                shared.colours.clear();
                for (double share : shared.proportional_shares) shared.colours.push_back(sample_palette(scheme, share));
                if (background_clashes(shared.colours, spec.style).empty()) break;
            }
        } else {
            shared.colours = class_colours(scheme, static_cast<int>(c.size()), spec.style);
        }
    } catch (const std::invalid_argument& e) {
        throw DataError(spec.where, e.what(), "Fix the map's classes, breaks or palette.");
    }
    // Open-ended classes where the data says so: a highest value reported as "at least" leaves the
    // top class open ("≥ 9,000"), a lowest value reported as "at most" the bottom one ("≤ 500"); "more
    // than" and "less than" alike, with > or < where the class is that one value.
    Classification& c = shared.classification;
    if (!c.continuous && c.size() > 0) {
        // The top class's smallest value (its lower bound may lie just above the class below).
        double top_smallest = c.upper.back();
        bool open_top = false, open_bottom = false, strict_top = false, strict_bottom = false;
        for (const JoinedMap* joined : maps)
            for (const auto& s : joined->subjects) {
                if (!s.has_value()) continue;
                if (c.class_of(s.value()) == static_cast<int>(c.size()) - 1) top_smallest = std::min(top_smallest, s.value());
                const Qualifier q = s.figure->figure->qualifier;
                if (is_lower_bound(q) && s.value() == c.upper.back()) (q == Qualifier::more_than ? strict_top : open_top) = true;
                if (is_upper_bound(q) && s.value() == c.lower.front()) (q == Qualifier::less_than ? strict_bottom : open_bottom) = true;
            }
        // A class of that one value reported "more than 30" is "> 30"; a wider one is "≥ its smallest".
        if (open_top || strict_top) {
            const bool strict = !open_top && top_smallest == c.upper.back();
            c.labels.back() = (strict ? "> " : "\u2265 ") + format_number(top_smallest, decimals);
        }
        if (open_bottom || strict_bottom) {
            const bool strict = !open_bottom && c.lower.front() == c.upper.front();
            c.labels.front() = (strict ? "< " : "\u2264 ") + format_number(c.upper.front(), decimals);
        }
    }
    std::vector<MapClasses> out;
    for (const JoinedMap* joined : maps) {
        MapClasses classes = shared;
        for (const auto& s : joined->subjects)
            classes.subject_class.push_back(s.has_value() ? classes.classification.class_of(s.value()) : -1);
        out.push_back(std::move(classes));
    }
    return out;
}

// A palette step lost against the sea or the land (Blues' lightest beside a
// light-blue sea) is moved towards its neighbouring class until it stands out: a province must not
// vanish into the sea. Only as far as needed, and never past halfway to the neighbour.
std::vector<Colour> class_colours(const std::string& scheme, int classes, const Style& style) {
    std::vector<Colour> colours = palette(scheme, classes);
    if (colours.size() < 2) return colours;
    for (const BackgroundClash& clash : background_clashes(colours, style)) {
        const std::size_t i = clash.class_index, neighbour = i + 1 < colours.size() ? i + 1 : i - 1;
        // How far the colour at `f` is from what it must stand out from: the fills, and the other classes.
        const Colour from = colours[i];
        const auto clearance = [&](double f) {
            const Colour c = mix_in_lab(from, colours[neighbour], f);
            double least = INFINITY;
            for (const Colour& fill : {style.sea, style.land}) least = std::min(least, ciede2000(to_lab(c), to_lab(fill)));
            for (std::size_t k = 0; k < colours.size(); ++k)
                if (k != i) least = std::min(least, ciede2000(to_lab(c), to_lab(colours[k])));
            return least;
        };
        // The least move that clears every one; else the move that keeps the most apart.
        double best_f = 0, best = clearance(0);
        for (double f = 0.05; f <= 0.5 + 1e-9 && best < print_check_threshold; f += 0.05) {
            if (const double d = clearance(f); d > best) {
                best = d;
                best_f = f;
            }
        }
        colours[i] = mix_in_lab(from, colours[neighbour], best_f);
    }
    return colours;
}

double largest_point_value(const JoinedMap& joined) {
    double largest = 0;
    for (const auto& s : joined.subjects)
        if (s.has_value() && s.feature->geometry.type == GeometryType::point) largest = std::max(largest, std::fabs(s.value()));
    return largest;
}

MapClasses classify_map(const JoinedMap& joined) { return classify_maps({&joined}).front(); }

}  // namespace bordermap
