#pragma once
// The visual parameters of a printed map. Sizes are in points unless the name says mm.
#include "bordermap/map/palette.hpp"

namespace bordermap {

struct Style {
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
    double margin_mm = 4;
    double title_pt = 11.5, subtitle_pt = 8.5, label_pt = 7.5, place_pt = 6.5, legend_pt = 7, footer_pt = 6.5;
    double land_border_pt = 0.4, country_border_pt = 0.8, subject_border_pt = 0.6, river_pt = 0.9;
    double subject_river_pt = 3.2, frame_pt = 0.5, hatch_spacing_mm = 1.3, hatch_pt = 0.35;
};

}  // namespace bordermap
