#include "bordermap/atlas/gallery.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "bordermap/config.hpp"
#include "bordermap/core/xml.hpp"
#include "bordermap/map/notes.hpp"

namespace bordermap {
namespace {

// Inline, so that the page needs nothing but itself. Dark text on white; cards in a grid that
// becomes one column on a narrow screen; every image in a frame of the same shape, so that maps of
// different heights line up.
constexpr const char* style_sheet = R"css(
*,*::before,*::after{box-sizing:border-box}
html{color-scheme:light}
body{margin:0;padding:0 28px;background:#fff;color:#1c1c1c;font:16px/1.5 "Noto Sans","Noto Sans CJK SC","Noto Sans CJK KR","Helvetica Neue",Arial,sans-serif;-webkit-font-smoothing:antialiased}
.page{max-width:1184px;margin:0 auto}
header.page{padding:44px 0 22px;border-bottom:2px solid #1c1c1c}
.kicker{margin:0 0 6px;font-size:.78rem;letter-spacing:.12em;text-transform:uppercase;color:#8a3b12}
h1{margin:0;font-family:"Noto Serif","Noto Serif CJK SC",Georgia,serif;font-size:clamp(1.7rem,3.2vw,2.5rem);font-weight:700;line-height:1.15}
.summary{margin:10px 0 0;color:#4a4a4a}
main.page{padding:32px 0 40px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));gap:32px 28px}
.card{display:flex;flex-direction:column;border:1px solid #d9d9d6;border-radius:6px;overflow:hidden;background:#fff}
.frame{position:relative;aspect-ratio:1/1;background:#f3f3f0;border-bottom:1px solid #e2e2de}
.frame a{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:18px}
.frame img{display:block;max-width:100%;max-height:100%;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2)}
.frame .note{display:none;position:absolute;inset:0;margin:0;padding:24px;align-items:center;justify-content:center;text-align:center;color:#8a1c1c;font-weight:600}
.card[data-image="missing"] .frame a{display:none}
.card[data-image="missing"] .frame .missing,.card[data-image="none"] .frame .none{display:flex}
.card[data-image="none"] .frame .none{color:#555;font-weight:400}
.text{display:flex;flex-direction:column;flex:1;padding:16px 18px 18px}
.period{margin:0 0 4px;font-size:.78rem;letter-spacing:.08em;text-transform:uppercase;color:#8a3b12;font-weight:600}
h2{margin:0;font-family:"Noto Serif","Noto Serif CJK SC",Georgia,serif;font-size:1.14rem;line-height:1.3;font-weight:700}
.subtitle{margin:6px 0 0;color:#3d3d3d;font-size:.92rem}
.source{margin:12px 0 0;padding-top:10px;border-top:1px solid #ecece8;color:#5a5a5a;font-size:.8rem;line-height:1.45}
.links{display:flex;flex-direction:column;gap:8px;margin:auto 0 0;padding:14px 0 0;list-style:none}
.links li{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 6px}
.links .kind{flex-basis:100%;color:#666;font-size:.7rem;letter-spacing:.08em;text-transform:uppercase}
.links a{display:inline-block;padding:3px 10px;border:1px solid #b9c6d6;border-radius:999px;color:#174a7c;font-size:.8rem;text-decoration:none;background:#f6f9fc}
.links a:hover,.links a:focus{background:#174a7c;border-color:#174a7c;color:#fff}
footer.page{padding:14px 0 36px;border-top:1px solid #d9d9d6;color:#5a5a5a;font-size:.82rem}
footer p{margin:0 0 4px}
@media print{.card{break-inside:avoid}.links a{border-color:#999}}
)css";

std::string escaped(std::string_view text) { return xml_escape(text); }
std::string href(std::string_view file) { return escaped(url_path_segment(file)); }

// One row of links without a kind, then a row for each kind of "Kind: detail" links (each panel's
// GeoJSON), headed by the kind and showing the details, so that small multiples stay readable.
void write_links(std::ostream& out, const std::vector<GalleryLink>& links) {
    struct LinkRow {
        std::string kind;
        std::vector<std::pair<std::string, const GalleryLink*>> links;  // the text shown, the link
    };
    std::vector<LinkRow> rows{{"", {}}};
    for (const GalleryLink& link : links) {
        const auto colon = link.label.find(": ");
        if (colon == std::string::npos) {
            rows.front().links.emplace_back(link.label, &link);
            continue;
        }
        const std::string kind = link.label.substr(0, colon);
        auto row = std::find_if(rows.begin() + 1, rows.end(), [&](const LinkRow& r) { return r.kind == kind; });
        if (row == rows.end()) row = rows.insert(rows.end(), LinkRow{kind, {}});
        row->links.emplace_back(link.label.substr(colon + 2), &link);
    }
    out << "<ul class=\"links\">";
    for (const LinkRow& row : rows) {
        if (row.links.empty()) continue;
        out << "<li>";
        if (!row.kind.empty()) out << "<span class=\"kind\">" << escaped(row.kind) << "</span>";
        for (const auto& [text, link] : row.links) {
            out << "<a href=\"" << href(link->file) << "\"";
            if (text != link->label) out << " aria-label=\"" << escaped(link->label) << "\"";
            out << ">" << escaped(text) << "</a>";
        }
        out << "</li>";
    }
    out << "</ul>\n";
}

void write_card(std::ostream& out, const GalleryEntry& entry) {
    out << "<article class=\"card\" id=\"map-" << escaped(entry.id) << "\" data-image=\"" << (entry.image.empty() ? "none" : "pending")
        << "\">\n<div class=\"frame\">";
    if (entry.image.empty()) {
        out << "<p class=\"note none\">No preview: this map's formats include neither PNG nor SVG.</p>";
    } else {
        // The handlers mark the card once the browser has tried the image: readers see a note instead of
        // a broken image, and a test can tell from the page whether every image is there.
        out << "<a href=\"" << href(entry.image) << "\"><img src=\"" << href(entry.image) << "\" alt=\"" << escaped(entry.title)
            << "\" onload=\"this.closest('.card').dataset.image='loaded'\""
            << " onerror=\"this.closest('.card').dataset.image='missing'\"></a>"
            << "<p class=\"note missing\">Image missing \u2014 rebuild the atlas with bordermap build.</p>";
    }
    out << "</div>\n<div class=\"text\">\n";
    if (!entry.period.empty()) out << "<p class=\"period\">" << escaped(entry.period) << "</p>\n";
    out << "<h2>" << escaped(entry.title) << "</h2>\n";
    if (!entry.subtitle.empty()) out << "<p class=\"subtitle\">" << escaped(entry.subtitle) << "</p>\n";
    if (!entry.source_line.empty()) out << "<p class=\"source\">" << escaped(entry.source_line) << "</p>\n";
    if (!entry.links.empty()) write_links(out, entry.links);
    out << "</div>\n</article>\n";
}

}  // namespace

std::string url_path_segment(std::string_view file_name) {
    constexpr const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : file_name) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    return out;  // ':' and '/' are encoded too: no name reads as a URL scheme or leaves the folder
}

std::string gallery_html(const std::string& atlas_title, const std::vector<GalleryEntry>& entries) {
    const std::string title = atlas_title.empty() ? "Atlas" : atlas_title;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"bordermap " << escaped(config::version) << "\">\n"
        << "<title>" << escaped(title) << "</title>\n<style>" << style_sheet << "</style>\n</head>\n<body>\n"
        << "<header class=\"page\">\n<p class=\"kicker\">Atlas</p>\n<h1>" << escaped(title) << "</h1>\n"
        << "<p class=\"summary\">" << entries.size() << (entries.size() == 1 ? " map" : " maps")
        << ", each with the files this build wrote for it.</p>\n</header>\n"
        << "<main class=\"page\">\n<div class=\"grid\">\n";
    for (const GalleryEntry& entry : entries) write_card(out, entry);
    out << "</div>\n</main>\n<footer class=\"page\">\n"
        << "<p>Generated by bordermap " << escaped(config::version) << " (<code>bordermap build</code>).</p>\n"
        << "<p>Every file linked here is in this folder; the page needs no network.</p>\n</footer>\n</body>\n</html>\n";
    return out.str();
}

GalleryFigure gallery_figure(const std::string& id, const std::vector<const JoinedMap*>& maps) {
    const MapSpec& first = *maps.front()->spec;
    const bool panels = !first.multiple.empty();
    GalleryFigure figure{id, panels ? first.multiple_title : first.title, panels ? first.multiple_subtitle : first.subtitle, "",
                         source_line(merge_panels(maps)), {}};
    std::vector<std::string> periods;
    for (const JoinedMap* map : maps) {
        const MapSpec* spec = map->spec;
        const std::string period = spec->period.human();
        if (std::find(periods.begin(), periods.end(), period) == periods.end()) periods.push_back(period);
        figure.layers.push_back({spec->id, spec->multiple.empty() ? "" : spec->panel_title, {}});
    }
    figure.period = list_in_words(periods);
    return figure;
}

std::vector<GalleryEntry> gallery_entries(const std::vector<GalleryFigure>& figures, const std::vector<std::filesystem::path>& written) {
    std::set<std::string> files;
    for (const auto& path : written) files.insert(path.filename().string());
    const auto exists = [&](const std::string& file) { return files.count(file) > 0; };

    std::vector<GalleryEntry> entries;
    for (const GalleryFigure& figure : figures) {
        GalleryEntry entry{figure.id, figure.title, figure.subtitle, figure.period, figure.source_line, "", {}};
        if (exists(figure.id + ".png")) entry.image = figure.id + ".png";
        else if (exists(figure.id + ".svg")) entry.image = figure.id + ".svg";
        for (const auto& [label, extension] : {std::pair{"PDF", ".pdf"}, std::pair{"SVG", ".svg"}, std::pair{"PNG", ".png"}})
            if (exists(figure.id + extension)) entry.links.push_back({label, figure.id + extension});
        for (const auto& [label, extension] : {std::pair{"GeoJSON", ".geojson"}, std::pair{"Provenance", ".provenance.json"}}) {
            for (const GalleryFigure::Layer& layer : figure.layers) {
                const std::string panel_label = layer.panel.empty() ? std::string(label) : std::string(label) + ": " + layer.panel;
                if (exists(layer.id + extension)) entry.links.push_back({panel_label, layer.id + extension});
                if (std::string_view(extension) != ".geojson") continue;
                for (const auto& [stem, holds] : layer.more_layers) {
                    if (exists(stem + extension)) entry.links.push_back({panel_label + (layer.panel.empty() ? ": " : ", ") + holds, stem + extension});
                }
            }
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace bordermap
