#include "bordermap/colour/palette.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "bordermap/core/text.hpp"
#include "bordermap/colour/lab.hpp"
#include "palette_data.hpp"

namespace bordermap {
namespace {

using ColourMap = std::array<std::array<double, 3>, 256>;

struct ViridisFamily {
    const char* name;
    const ColourMap& (*data)();
    const char* credit;
};

const std::vector<ViridisFamily>& viridis_family() {
    static const std::vector<ViridisFamily> maps{
        {"viridis", palette_data::viridis, "viridis by Stefan van der Walt, Nathaniel J. Smith and Eric Firing (CC0)"},
        {"magma", palette_data::magma, "magma by Stefan van der Walt and Nathaniel J. Smith (CC0)"},
        {"inferno", palette_data::inferno, "inferno by Stefan van der Walt and Nathaniel J. Smith (CC0)"},
        {"plasma", palette_data::plasma, "plasma by Stefan van der Walt and Nathaniel J. Smith (CC0)"},
        {"cividis", palette_data::cividis, "cividis by Jamie R. Nuñez, Christopher R. Anderton and Ryan S. Renslow"},
    };
    return maps;
}

constexpr const char* brewer_credit = "ColorBrewer by Cynthia Brewer, Mark Harrower and The Pennsylvania State University";

// A palette name resolved: which scheme, and whether it runs backwards.
struct Named {
    const palette_data::BrewerScheme* brewer = nullptr;
    const ViridisFamily* map = nullptr;
    bool reversed = false;
};

Named resolve(const std::string& name) {
    Named named;
    const std::string base = name.starts_with('-') ? name.substr(1) : name;
    named.reversed = base.size() != name.size();
    for (const auto& scheme : palette_data::brewer_schemes())
        if (base == scheme.name) named.brewer = &scheme;
    for (const auto& map : viridis_family())
        if (base == map.name) named.map = &map;
    if (named.brewer || named.map) return named;

    // Nearest first, so that a slip ("YlOrBd", "virdis") shows its fix at the front.
    std::vector<std::string> known = palette_names();
    const std::string key = lowercase_ascii(base);
    std::stable_sort(known.begin(), known.end(), [&](const std::string& a, const std::string& b) {
        return edit_distance(key, lowercase_ascii(a)) < edit_distance(key, lowercase_ascii(b));
    });
    std::string list;
    for (const auto& n : known) list += (list.empty() ? "" : ", ") + n;
    throw std::invalid_argument("the palette '" + name + "' is not known; use one of " + list +
                                " (a leading '-' reverses a palette)");
}

Colour from_rgb(std::uint32_t rgb) {
    return {static_cast<double>((rgb >> 16) & 0xff) / 255.0, static_cast<double>((rgb >> 8) & 0xff) / 255.0,
            static_cast<double>(rgb & 0xff) / 255.0};
}

Colour from_map(const ColourMap& map, std::size_t i) { return {map[i][0], map[i][1], map[i][2]}; }

}  // namespace

PaletteInfo palette_info(const std::string& name) {
    const Named named = resolve(name);
    PaletteInfo info;
    info.name = name;
    if (named.brewer) {
        info.kind = named.brewer->kind;
        info.max_classes = static_cast<int>(named.brewer->sets.back().size());
        info.colourblind_safe_up_to = named.brewer->colourblind_safe_up_to;
        info.credit = brewer_credit;
    } else {
        info.kind = PaletteKind::sequential;
        info.max_classes = 256;
        // Designed to stay ordered and distinct under the common colour-vision deficiencies.
        info.colourblind_safe_up_to = 256;
        info.credit = named.map->credit;
    }
    return info;
}

std::vector<Colour> palette(const std::string& name, int count) {
    const Named named = resolve(name);
    const PaletteInfo info = palette_info(name);
    if (count < 1) throw std::invalid_argument("a palette needs at least one class");
    if (count > info.max_classes) {
        throw std::invalid_argument("the palette '" + name + "' has colours for at most " + std::to_string(info.max_classes) +
                                    " classes, not " + std::to_string(count));
    }
    std::vector<Colour> colours;
    if (named.brewer) {
        const auto& three = named.brewer->sets.front();
        const bool qualitative = named.brewer->kind == PaletteKind::qualitative;
        std::vector<std::uint32_t> chosen;
        // One or two classes of an ordered scheme take the middle or the ends of its three-class set,
        // so they still read as low and high; a qualitative scheme just takes its first colours.
        if (count == 1) chosen = {qualitative ? three[0] : three[1]};
        else if (count == 2) chosen = qualitative ? std::vector{three[0], three[1]} : std::vector{three[0], three[2]};
        else chosen = named.brewer->sets[static_cast<std::size_t>(count - 3)];
        for (std::uint32_t rgb : chosen) colours.push_back(from_rgb(rgb));
    } else {
        // Entries of the published map at evenly spaced positions, picked as matplotlib and d3 pick them
        // (entry floor(t * 256), the last one for t = 1), so the colours match theirs exactly.
        const ColourMap& map = named.map->data();
        for (int i = 0; i < count; ++i) {
            const long entry = count == 1 ? 128 : std::min(255L, 256L * i / (count - 1));
            colours.push_back(quantized(from_map(map, static_cast<std::size_t>(entry))));
        }
    }
    if (named.reversed) std::reverse(colours.begin(), colours.end());
    return colours;
}

Colour sample_palette(const std::string& name, double t) {
    const Named named = resolve(name);
    if (named.brewer && named.brewer->kind == PaletteKind::qualitative) {
        throw std::invalid_argument("the palette '" + name + "' is qualitative: its colours have no order to make a ramp of; "
                                    "use a sequential or diverging one");
    }
    if (!(t >= 0)) t = 0;  // NaN too
    t = std::min(t, 1.0);
    if (named.reversed) t = 1 - t;

    std::vector<Colour> stops;
    if (named.brewer) {
        for (std::uint32_t rgb : named.brewer->sets.back()) stops.push_back(from_rgb(rgb));
    } else {
        const ColourMap& map = named.map->data();
        for (std::size_t i = 0; i < map.size(); ++i) stops.push_back(from_map(map, i));
    }
    const double position = t * static_cast<double>(stops.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    if (below + 1 >= stops.size()) return quantized(stops.back());
    const double f = position - static_cast<double>(below);
    if (f == 0) return quantized(stops[below]);
    return quantized(mix_in_lab(stops[below], stops[below + 1], f));
}

std::vector<std::string> palette_names() {
    std::vector<std::string> names;
    for (PaletteKind kind : {PaletteKind::sequential, PaletteKind::diverging, PaletteKind::qualitative})
        for (const auto& scheme : palette_data::brewer_schemes())
            if (scheme.kind == kind) names.emplace_back(scheme.name);
    for (const auto& map : viridis_family()) names.emplace_back(map.name);
    return names;
}

}  // namespace bordermap
