#include "bordermap/model/map_checks.hpp"

#include <stdexcept>

#include "bordermap/colour/palette.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/model/style.hpp"

namespace bordermap {
namespace {

// Where to change a setting: its own line or option, else the map's.
std::string line_of(const MapSpec& map, const MapOrigin& origin, std::string_view key) {
    std::string where = origin.where_of ? origin.where_of(key) : std::string();
    return where.empty() ? map.where : where;
}

void check_id(const MapSpec& map, const MapOrigin& origin) {
    if (!is_safe_id(map.id)) {
        throw DataError(line_of(map, origin, "id"), "the map id '" + map.id + "' cannot name an output file",
                        "Use lower-case letters, digits, '-' and '_' only, e.g. \"crossings-1961\".");
    }
}

// A map of panels or of an indicator series that names no indicator takes its first one's.
void complete_indicator(MapSpec& map, const Atlas& atlas, const MapOrigin& origin) {
    const SeriesSpec* series = map.series_spec ? &*map.series_spec : nullptr;
    if (!map.panels.empty() && map.indicator.empty()) map.indicator = map.panels.front().indicator;
    if (series && series->key == SeriesSpec::Key::indicator && map.indicator.empty()) map.indicator = series->values.front().text;
    if (map.indicator.empty()) throw DataError(map.where, "the map '" + map.id + "' has no indicator", "Add indicator = \"...\".");
    if (!atlas.indicators.count(map.indicator)) {
        throw DataError(line_of(map, origin, "indicator"),
                        "the map '" + map.id + "' uses the indicator '" + map.indicator + "', which [indicators] does not declare",
                        "Declare it under [indicators] or use one of: " + known_indicators(atlas) + ".");
    }
}

void check_period(const MapSpec& map, const MapOrigin& origin) {
    const bool period_series = map.series_spec && map.series_spec->key == SeriesSpec::Key::period;
    const bool given = origin.where_of && !origin.where_of("period").empty();
    if (!period_series && !given) throw DataError(map.where, "the map '" + map.id + "' has no period", "Add period = \"1961\" (or an interval).");
}

PaletteInfo palette_of(const MapSpec& map, const MapOrigin& origin) {
    try {
        return palette_info(map.palette);
    } catch (const std::invalid_argument& e) {
        throw DataError(line_of(map, origin, "palette"), e.what(),
                        "Write the scheme's name as ColorBrewer or matplotlib spells it, e.g. palette = \"YlOrRd\".");
    }
}

void check_classes(const MapSpec& map, const MapOrigin& origin) {
    if (map.method == ClassMethod::manual && map.breaks.empty()) {
        throw DataError(map.where, "method = \"manual\" needs breaks", "Add breaks = [1000, 5000, 10000].");
    }
    const PaletteInfo scheme = palette_of(map, origin);
    if (map.method == ClassMethod::unclassed && scheme.kind == PaletteKind::qualitative) {
        throw DataError(line_of(map, origin, "palette"),
                        "the map '" + map.id + "' is unclassed, but the palette '" + map.palette +
                            "' is qualitative: its colours have no order to make a ramp of",
                        "Use a sequential palette (YlOrRd, Blues, viridis ...) or a diverging one (RdBu ...).");
    }
    if (map.method != ClassMethod::unclassed && map.classes > scheme.max_classes) {
        throw DataError(line_of(map, origin, "classes"),
                        "the palette '" + map.palette + "' has colours for at most " + std::to_string(scheme.max_classes) + " classes, but the map '" +
                            map.id + "' asks for " + std::to_string(map.classes),
                        "Ask for fewer classes, or use a palette with more colours.");
    }
}

void check_normalization(const MapSpec& map, const Atlas& atlas, const MapOrigin& origin) {
    const Normalization& n = map.normalization;
    if (n.kind == Normalization::Kind::per_population && n.population.empty()) {
        throw DataError(map.where, "the map '" + map.id + "' is normalized per population but names no population indicator",
                        "Add population = \"population\" (an indicator with each region's population figures).");
    }
    if (!n.population.empty() && !atlas.indicators.count(n.population)) {
        throw DataError(line_of(map, origin, "population"),
                        "the map '" + map.id + "' takes its population from '" + n.population + "', which [indicators] does not declare",
                        "Declare it under [indicators], with its figures in the figures table.");
    }
}

void choose_style(MapSpec& map, const Atlas& atlas, const MapOrigin& origin, const LookChoice& look) {
    const StyleChoice& command_line = look.command_line;
    const std::string where = !command_line.style.empty() ? "--style"
                              : !map.style_name.empty()   ? line_of(map, origin, "style")
                                                          : look.atlas_style_where;
    map.style_name = !command_line.style.empty() ? command_line.style : !map.style_name.empty() ? map.style_name : look.atlas_style;
    map.style = find_style(map.style_name, atlas.folder, where);
    if (look.atlas_settings) look.atlas_settings(map.style);
    apply_style_settings(map.style, command_line.settings, "--set");
}

}  // namespace

bool is_safe_id(const std::string& id) {
    if (id.empty() || id.size() > 100) return false;
    for (unsigned char c : id) {
        if (!(std::islower(c) || std::isdigit(c) || c == '-' || c == '_')) return false;
    }
    return true;
}


void complete_map(MapSpec& map, const Atlas& atlas, const MapOrigin& origin, const LookChoice& look) {
    check_id(map, origin);
    complete_indicator(map, atlas, origin);
    check_period(map, origin);
    check_classes(map, origin);
    check_normalization(map, atlas, origin);
    choose_style(map, atlas, origin, look);
    if (map.title.empty()) map.title = atlas.indicators.at(map.indicator).label + ", " + map.period.human();
}

std::string known_indicators(const Atlas& atlas) {
    std::string known;
    for (const auto& [id, _] : atlas.indicators) known += (known.empty() ? "" : ", ") + id;
    return known;
}

}  // namespace bordermap
