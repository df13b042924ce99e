#include "bordermap/model/style.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "bordermap/core/units.hpp"
#include "bordermap/core/bundled.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "core/toml_file.hpp"
#include "model/style_toml.hpp"
#include "model/toml_reader.hpp"

namespace bordermap {
namespace {

using units::mm;
using StyleSetter = KeyTable<Style>::Setter;
using Value = const TomlValue&;

StyleSetter points(double Style::*field, double max = 200) {
    return [=](Style& s, Value v) { s.*field = v.number_in(0, max); };
}
StyleSetter millimetres_as_points(double Style::*field) {
    return [=](Style& s, Value v) { s.*field = v.number_in(0, 50) * mm; };
}
StyleSetter millimetres(double Style::*field) {
    return [=](Style& s, Value v) { s.*field = v.number_in(0, 100); };
}
StyleSetter colour(Colour Style::*field) {
    return [=](Style& s, Value v) {
        const std::string written = v.text();
        try {
            s.*field = Colour::hex(written);
        } catch (const std::invalid_argument&) {
            v.fail("'" + v.key() + "' is not a colour: '" + written + "'", "Write a colour as \"#rrggbb\".");
        }
    };
}
StyleSetter flag(bool Style::*field) {
    return [=](Style& s, Value v) { s.*field = v.flag(); };
}
StyleSetter text_field(std::string Style::*field) {
    return [=](Style& s, Value v) { s.*field = v.text(); };
}

// Every key of a style file, "section.key" for those in a [section].
const KeyTable<Style>& style_keys() {
    static const KeyTable<Style> keys(
        {"style setting"},
        {
            {"name", text_field(&Style::name)},
            {"version", text_field(&Style::version)},
            {"description", [](Style&, Value v) { (void)v.text(); }},
            {"page.margin_mm", millimetres(&Style::margin_mm)},
            {"text.font", text_field(&Style::font)},
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
            {"colours.palette", text_field(&Style::palette)},
            {"lines.land_border_mm", millimetres_as_points(&Style::land_border_pt)},
            {"lines.country_border_mm", millimetres_as_points(&Style::country_border_pt)},
            {"lines.subject_border_mm", millimetres_as_points(&Style::subject_border_pt)},
            {"lines.river_mm", millimetres_as_points(&Style::river_pt)},
            {"lines.subject_river_mm", millimetres_as_points(&Style::subject_river_pt)},
            {"lines.frame_mm", millimetres_as_points(&Style::frame_pt)},
            {"lines.hatch_mm", millimetres_as_points(&Style::hatch_pt)},
            {"lines.hatch_spacing_mm", millimetres(&Style::hatch_spacing_mm)},
            {"symbols.circle_max_mm", [](Style& s, Value v) { s.circle_max_mm = v.number_in(1, 50); }},
            {"furniture.scale_bar", flag(&Style::scale_bar)},
            {"furniture.north_arrow", flag(&Style::north_arrow)},
            {"furniture.graticule", flag(&Style::graticule)},
            {"furniture.graticule_step_deg", [](Style& s, Value v) { s.graticule_step_deg = v.number_in(0, 90); }},
            {"furniture.inset", flag(&Style::inset)},
            {"furniture.place_names", flag(&Style::place_names)},
            {"labels.values", flag(&Style::label_values)},
            {"labels.second_line",
             [](Style& s, Value v) {
                 s.second_line = v.one_of(second_line_names,
                                          "Use " + second_line_names.quoted_list() + ": no second line, or the name in Chinese or Korean script.");
             }},
        });
    return keys;
}

// A [section]'s keys are read as "section.key".
void apply_node(Style& style, const TomlValue& value) {
    if (value.node().is_table()) {
        for (const TomlValue& entry : value.entries()) {
            apply_node(style, entry.named(value.key().empty() ? entry.key() : value.key() + "." + entry.key()));
        }
        return;
    }
    style_keys().set(style, value);
}

}  // namespace

void apply_style_table(Style& style, const toml::table& table, const std::string& file) {
    apply_node(style, TomlValue(table, "", file));
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
