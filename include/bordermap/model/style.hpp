#pragma once
// The visual parameters of a printed map, read from a style file (styles/*.toml). Sizes are in
// points inside the program; the files give text in points and lines in millimetres.
#include <filesystem>
#include <string>
#include <vector>

#include "bordermap/colour/colour.hpp"
#include "bordermap/core/names_of.hpp"

namespace bordermap {

// A second line under each region's label: its name in Chinese or Korean script.
enum class SecondLine { none, zh, ko };
inline constexpr auto second_line_names =
    names_of<SecondLine>({{"none", SecondLine::none}, {"zh", SecondLine::zh}, {"ko", SecondLine::ko}, {"", SecondLine::none}});

struct Style {
    std::string name = "built-in";  // "publication", or the file's stem
    std::string version;            // the file's own version, recorded in each map's provenance
    std::filesystem::path file;     // the style file read; empty for the built-in values
    // What made it: the style file's SHA-256, then every table of settings applied over it, in
    // order. The build rebuilds a map's drawings when its digest changes.
    std::string recipe;

    Colour sea = Colour::hex("#e4eef5");
    Colour land = Colour::hex("#e3e1dc");          // countries and provinces without figures
    Colour land_border = Colour::hex("#ffffff");
    Colour country_border = Colour::hex("#7a7a7a");
    Colour subject_border = Colour::hex("#4d4d4d");
    Colour river = Colour::hex("#6a9fcf");
    Colour no_data_fill = Colour::hex("#ffffff");
    Colour no_data_hatch = Colour::hex("#8c8c8c");
    Colour text = Colour::hex("#222222");
    Colour muted_text = Colour::hex("#6b6b6b");
    std::string palette;  // when set, every map of the style uses it (grayscale print); else the map's own
    std::string font = "Noto Sans";  // Chinese and Korean fall back to Noto Sans CJK
    double margin_mm = 4;
    double title_pt = 11.5, subtitle_pt = 8.5, label_pt = 7.5, place_pt = 6.5, legend_pt = 7, footer_pt = 6.5;
    double halo_pt = 1.1;
    double land_border_pt = 0.4, country_border_pt = 0.8, subject_border_pt = 0.6, river_pt = 0.9;
    double subject_river_pt = 3.2, frame_pt = 0.5, hatch_spacing_mm = 1.3, hatch_pt = 0.35;
    double circle_max_mm = 7;  // radius of the largest proportional circle (point figures)

    // Map furniture.
    bool scale_bar = true;
    bool north_arrow = true;
    bool graticule = false;
    double graticule_step_deg = 0;  // 0: a round step that gives a few lines across the frame
    bool inset = false;             // a locator map of East Asia with the map's extent outlined
    bool place_names = true;        // towns and countries around the subjects

    // Labels of the mapped regions.
    bool label_values = true;       // "Jilin" over "28,028"
    SecondLine second_line = SecondLine::none;
};

// Reads a style file. Every key must be known and of its type: a DataError names the file and
// line otherwise. Keys not given keep the built-in values above.
Style read_style(const std::filesystem::path& file);

// The bundled style of this name (styles/NAME.toml), or the file `name_or_path` names.
// `where` is named in the error when neither exists.
Style find_style(const std::string& name_or_path, const std::filesystem::path& relative_to, const std::string& where);

// Applies single settings written as TOML assignments ("text.title_pt = 14"), as the command
// line's --set gives them; `origin` names them in errors.
void apply_style_settings(Style& style, const std::vector<std::string>& settings, const std::string& origin);

// The bundled style names, for messages.
std::vector<std::string> bundled_styles();

}  // namespace bordermap
