#include "bordermap/map/classes.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "bordermap/colour/palette.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

// The atlas's fixed reference, else the largest magnitude among the point figures of all the maps
// (a polygon's value has no circle, so it must not shrink the circles of the points beside it).
double circle_reference(const std::vector<const JoinedMap*>& maps) {
    if (const auto fixed = maps.front()->spec->circle_reference) return *fixed;
    double largest = 0;
    for (const JoinedMap* joined : maps)
        for (const auto& s : joined->subjects)
            if (s.has_value() && s.feature->geometry.type == GeometryType::point) largest = std::max(largest, std::fabs(s.value()));
    return largest;
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
    try {
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
        } else {
            shared.colours = palette(scheme, static_cast<int>(c.size()));
        }
    } catch (const std::invalid_argument& e) {
        throw DataError(spec.where, e.what(), "Fix the map's classes, breaks or palette.");
    }
    // Open-ended classes where the data says so: a highest value reported as "at least" leaves the
    // top class open ("≥ 9,000"), a lowest value reported as "at most" the bottom one ("≤ 500").
    Classification& c = shared.classification;
    if (!c.continuous && c.size() > 0) {
        bool open_top = false, open_bottom = false;
        for (const JoinedMap* joined : maps)
            for (const auto& s : joined->subjects) {
                if (!s.has_value()) continue;
                const Qualifier q = s.figure->figure->qualifier;
                open_top = open_top || (q == Qualifier::at_least && s.value() == c.upper.back());
                open_bottom = open_bottom || (q == Qualifier::at_most && s.value() == c.lower.front());
            }
        if (open_top) c.labels.back() = "\u2265 " + format_number(c.lower.back(), decimals);
        if (open_bottom) c.labels.front() = "\u2264 " + format_number(c.upper.front(), decimals);
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

MapClasses classify_map(const JoinedMap& joined) { return classify_maps({&joined}).front(); }

}  // namespace bordermap
