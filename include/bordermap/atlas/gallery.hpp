#pragma once
// index.html: every figure of a built atlas as a card with its image, titles, period, source line
// and links to its files. A single self-contained page (inline CSS, relative links, nothing fetched
// from a network), so that it opens from the file system, and byte-identical for the same input.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bordermap/model/atlas.hpp"
#include "bordermap/map/join.hpp"

namespace bordermap {

struct GalleryLink {
    std::string label;  // "PDF"; "GeoJSON: Crossed" is shown as "Crossed" in a row of GeoJSON links
    std::string file;   // a file name in the output folder: "crossings-1961.pdf"
};

struct GalleryEntry {
    std::string id, title, subtitle, period, source_line;
    std::string image;  // file name in the output folder (PNG preferred, else SVG); empty: none
    std::vector<GalleryLink> links;
};

// The page. Text is escaped, file names percent-encoded; each image marks its card
// data-image="loaded" or "missing" once the browser has tried it ("none" without an image).
std::string gallery_html(const std::string& atlas_title, const std::vector<GalleryEntry>& entries);

// What the gallery says of one drawn figure (a map, or the panels of small multiples on one page).
struct GalleryFigure {
    std::string id, title, subtitle, period, source_line;
    struct Layer {
        std::string id;     // the map (or panel) whose GeoJSON and provenance these are
        std::string panel;  // the panel's title; empty for a map of its own
        // Its GIS layers' file stems after the first (`id`), with what each holds: {"id-points", "points"}.
        std::vector<std::pair<std::string, std::string>> more_layers;
    };
    std::vector<Layer> layers;
};

// A drawn figure's gallery facts (titles, periods, the footer's source line) from the maps it shows:
// the map itself, or each panel of small multiples in order.
GalleryFigure gallery_figure(const std::string& id, const std::vector<const JoinedMap*>& maps);

// The cards for `figures`, linking only the files in `written` (the paths of the build's outputs).
std::vector<GalleryEntry> gallery_entries(const std::vector<GalleryFigure>& figures, const std::vector<std::filesystem::path>& written);

// A file name as one relative URL path segment: every byte but A-Z a-z 0-9 - . _ ~ as %XX.
std::string url_path_segment(std::string_view file_name);

}  // namespace bordermap
