#include "bordermap/model/style.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>

#include "bordermap/core/units.hpp"
#include "bordermap/core/bundled.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "core/toml_file.hpp"
#include "style_toml.hpp"

namespace bordermap {
namespace {

using units::mm;

std::string where_of(const std::string& file, const toml::node& node) { return at_line(file, static_cast<long>(node.source().begin.line)); }

// One setter per key: "section.key" -> how to read and store it. The table is the list of known keys.
using Setter = std::function<void(Style&, const toml::node&, const std::string& where)>;

double read_number(const toml::node& node, const std::string& where, double min, double max) {
    const auto value = node.value<double>();
    if (!value) throw DataError(where, "must be a number", "Write a number without quotes.");
    if (*value < min || *value > max) {
        throw DataError(where, "is out of range", "Use a value from " + format_number(min) + " to " + format_number(max) + ".");
    }
    return *value;
}

std::string read_text(const toml::node& node, const std::string& where) {
    const auto value = node.value<std::string>();
    if (!value) throw DataError(where, "must be a string", "Write it in quotes.");
    return *value;
}

bool read_bool(const toml::node& node, const std::string& where) {
    const auto value = node.value<bool>();
    if (!value) throw DataError(where, "must be true or false", "Write true or false, without quotes.");
    return *value;
}

Setter points(double Style::*field, double max = 200) {
    return [=](Style& s, const toml::node& n, const std::string& w) { s.*field = read_number(n, w, 0, max); };
}
Setter millimetres_as_points(double Style::*field) {
    return [=](Style& s, const toml::node& n, const std::string& w) { s.*field = read_number(n, w, 0, 50) * mm; };
}
Setter millimetres(double Style::*field) {
    return [=](Style& s, const toml::node& n, const std::string& w) { s.*field = read_number(n, w, 0, 100); };
}
Setter colour(Colour Style::*field) {
    return [=](Style& s, const toml::node& n, const std::string& w) {
        try {
            s.*field = Colour::hex(read_text(n, w));
        } catch (const std::invalid_argument&) {
            throw DataError(w, "is not a colour: '" + read_text(n, w) + "'", "Write a colour as \"#rrggbb\".");
        }
    };
}
Setter flag(bool Style::*field) {
    return [=](Style& s, const toml::node& n, const std::string& w) { s.*field = read_bool(n, w); };
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> table{
        {"name", [](Style& s, const toml::node& n, const std::string& w) { s.name = read_text(n, w); }},
        {"version", [](Style& s, const toml::node& n, const std::string& w) { s.version = read_text(n, w); }},
        {"description", [](Style&, const toml::node& n, const std::string& w) { read_text(n, w); }},
        {"page.margin_mm", millimetres(&Style::margin_mm)},
        {"text.font", [](Style& s, const toml::node& n, const std::string& w) { s.font = read_text(n, w); }},
        {"text.title_pt", points(&Style::title_pt)},
        {"text.subtitle_pt", points(&Style::subtitle_pt)},
        {"text.label_pt", points(&Style::label_pt)},
        {"text.place_pt", points(&Style::place_pt)},
        {"text.legend_pt", points(&Style::legend_pt)},
        {"text.footer_pt", points(&Style::footer_pt)},
        {"text.halo_mm", millimetres_as_points(&Style::halo_pt)},
        {"text.colour", colour(&Style::text)},
        {"text.muted_colour", colour(&Style::muted_text)},
        {"colours.sea", colour(&Style::sea)},
        {"colours.land", colour(&Style::land)},
        {"colours.land_border", colour(&Style::land_border)},
        {"colours.country_border", colour(&Style::country_border)},
        {"colours.subject_border", colour(&Style::subject_border)},
        {"colours.river", colour(&Style::river)},
        {"colours.no_data_fill", colour(&Style::no_data_fill)},
        {"colours.no_data_hatch", colour(&Style::no_data_hatch)},
        {"colours.palette", [](Style& s, const toml::node& n, const std::string& w) { s.palette = read_text(n, w); }},
        {"lines.land_border_mm", millimetres_as_points(&Style::land_border_pt)},
        {"lines.country_border_mm", millimetres_as_points(&Style::country_border_pt)},
        {"lines.subject_border_mm", millimetres_as_points(&Style::subject_border_pt)},
        {"lines.river_mm", millimetres_as_points(&Style::river_pt)},
        {"lines.subject_river_mm", millimetres_as_points(&Style::subject_river_pt)},
        {"lines.frame_mm", millimetres_as_points(&Style::frame_pt)},
        {"lines.hatch_mm", millimetres_as_points(&Style::hatch_pt)},
        {"lines.hatch_spacing_mm", millimetres(&Style::hatch_spacing_mm)},
        {"symbols.circle_max_mm", [](Style& s, const toml::node& n, const std::string& w) { s.circle_max_mm = read_number(n, w, 1, 50); }},
        {"furniture.scale_bar", flag(&Style::scale_bar)},
        {"furniture.north_arrow", flag(&Style::north_arrow)},
        {"furniture.graticule", flag(&Style::graticule)},
        {"furniture.graticule_step_deg", [](Style& s, const toml::node& n, const std::string& w) {
             s.graticule_step_deg = read_number(n, w, 0, 90);
         }},
        {"furniture.inset", flag(&Style::inset)},
        {"furniture.place_names", flag(&Style::place_names)},
        {"labels.values", flag(&Style::label_values)},
        {"labels.second_line", [](Style& s, const toml::node& n, const std::string& w) {
             const std::string line = read_text(n, w);
             const auto known = second_line_names.parse(line);
             if (!known) throw DataError(w, "is not known: '" + line + "'", "Use \"none\", \"zh\" (Chinese) or \"ko\" (Korean).");
             s.second_line = *known;
         }},
    };
    return table;
}

std::string known_keys() {
    std::string out;
    for (const auto& [key, _] : setters()) out += (out.empty() ? "" : ", ") + key;
    return out;
}

void apply_node(Style& style, const std::string& key, const toml::node& node, const std::string& file) {
    const std::string where = where_of(file, node);
    if (const toml::table* t = node.as_table()) {
        for (const auto& [k, v] : *t) apply_node(style, key.empty() ? std::string(k.str()) : key + "." + std::string(k.str()), v, file);
        return;
    }
    const auto setter = setters().find(key);
    if (setter == setters().end()) throw DataError(where, "unknown style setting '" + key + "'", "Known: " + known_keys() + ".");
    try {
        setter->second(style, node, where);
    } catch (const DataError& e) {
        // The setters do not know their key; name it here.
        throw DataError(e.where(), "the style setting '" + key + "' " + e.problem(), e.fix());
    }
}

}  // namespace

void apply_style_table(Style& style, const toml::table& table, const std::string& file) {
    for (const auto& [k, v] : table) apply_node(style, std::string(k.str()), v, file);
    std::ostringstream text;
    text << table;
    style.recipe += text.str() + "\n";
}

Style read_style(const std::filesystem::path& file) {
    const toml::table document = read_toml_file(file);
    Style style;
    style.name = file.stem().string();
    style.file = file;
    style.recipe = "file sha256 " + sha256_file(file) + "\n";
    apply_style_table(style, document, file.string());
    return style;
}

std::vector<std::string> bundled_styles() {
    std::vector<std::string> names;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(bundled_path("styles"), error))
        if (entry.path().extension() == ".toml") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

Style find_style(const std::string& name_or_path, const std::filesystem::path& relative_to, const std::string& where) {
    const std::filesystem::path bundled = bundled_path("styles") / (name_or_path + ".toml");
    if (name_or_path.find('/') == std::string::npos && !name_or_path.ends_with(".toml") && std::filesystem::exists(bundled)) {
        return read_style(bundled);
    }
    const std::filesystem::path own = relative_to / name_or_path;
    if (std::filesystem::exists(own)) return read_style(own);
    std::string known;
    for (const auto& n : bundled_styles()) known += (known.empty() ? "" : ", ") + n;
    throw DataError(where, "the style '" + name_or_path + "' is neither a bundled style nor a file",
                    "Use one of: " + known + ", or the path of a style file (relative to the atlas).");
}

void apply_style_settings(Style& style, const std::vector<std::string>& settings, const std::string& origin) {
    for (const auto& setting : settings) {
        toml::table table;
        try {
            table = toml::parse(setting);
        } catch (const toml::parse_error& e) {
            throw DataError(origin, "'" + setting + "' is not a setting: " + std::string(e.description()),
                            "Write key=value, e.g. --set text.title_pt=14 or --set 'colours.sea=\"#ffffff\"'.");
        }
        try {
            apply_style_table(style, table, origin);
        } catch (const DataError& e) {
            throw DataError(origin + " '" + setting + "'", e.problem(), e.fix());
        }
    }
}

}  // namespace bordermap
