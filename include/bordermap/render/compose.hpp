#pragma once
// Composing a map figure: from a joined and classed map to everything it shows, placed on the
// page (frame, context layers, subjects and their symbols, legend, furniture, labels, footer).
#include <string>
#include <vector>

#include "bordermap/map/classes.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/model/project.hpp"
#include "bordermap/model/style.hpp"
#include "bordermap/render/map_model.hpp"

namespace bordermap {

// How a panel of small multiples is composed: its cell's size, the extent all panels share, and
// whether it carries the scale bar and north arrow (the first one does), and the line of its period.
struct PanelOptions {
    double width_pt = 0, height_pt = 0;
    Box extent;
    bool furniture = false;
    std::string period_line;  // under the panel's title when the panels' periods are not all the page's
    // Every panel's proportional circles (longitude/latitude, radius in points): each panel widens
    // the extent alike to keep them all whole, so that the panels stay aligned.
    std::vector<std::pair<XY, double>> circles;
};

MapModel compose_map(const Project& project, const JoinedMap& joined, const MapClasses& classes, const Style& style = {},
                     const PanelOptions* panel = nullptr);

// Small multiples: the panels in a grid on one page, under one title, with one legend (in the
// grid's last cell) and one footer for all their figures.
MapModel compose_multiples(const Project& project, const std::vector<const JoinedMap*>& panels, const std::vector<MapClasses>& classes,
                           const Style& style);

}  // namespace bordermap
