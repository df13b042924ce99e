#include "bordermap/render/figure_output.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include "bordermap/config.hpp"
#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/reproducible_time.hpp"
#include "bordermap/render/cairo_handles.hpp"
#include "bordermap/render/draw.hpp"
#include "bordermap/render/png_resolution.hpp"
#include "bordermap/render/text.hpp"

namespace bordermap {
namespace {

void finish(cairo::Context& cr, cairo::Surface& surface, const std::filesystem::path& path) {
    try {
        cairo::check(cairo_status(cr.get()), "drawing " + path.string());
        cr.reset();
        cairo_surface_finish(surface.get());
        cairo::check(cairo_surface_status(surface.get()), "writing " + path.string());
    } catch (const std::runtime_error& e) {
        throw DataError(path.string(), e.what(), "Check that the output folder is writable and the disk is not full.");
    }
}

// No creation date, so that the same inputs give the same bytes, unless SOURCE_DATE_EPOCH names
// one. Cairo omits the entry when given none.
std::optional<std::string> creation_date() {
    const auto epoch = source_date_epoch();
    return epoch ? std::optional(iso_utc(*epoch)) : std::nullopt;
}

// Cairo numbers the SVG ids of surfaces and images with a counter shared by the whole process, so
// the same map would come out with other ids after other maps, or on another thread. Numbering
// them by first appearance makes the file depend on the map alone.
std::string renumber_cairo_ids(const std::string& svg) {
    std::string out;
    out.reserve(svg.size());
    std::map<std::string, std::string> renamed;
    std::map<std::string, int> counts;
    std::size_t i = 0;
    while (i < svg.size()) {
        const char c = svg[i];
        out += c;
        ++i;
        if (c != '"' && c != '#') continue;
        for (const std::string prefix : {"surface", "image"}) {
            if (svg.compare(i, prefix.size(), prefix) != 0) continue;
            std::size_t end = i + prefix.size();
            while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
            if (end == i + prefix.size()) continue;
            const std::string id = svg.substr(i, end - i);
            auto [it, inserted] = renamed.emplace(id, "");
            if (inserted) it->second = prefix + std::to_string(++counts[prefix]);
            out += it->second;
            i = end;
            break;
        }
    }
    return out;
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

void write_figure(const MapModel& model, FigureFormat format, const std::filesystem::path& path, double dpi) {
    AtomicFile file(path);
    const std::string temporary = file.temporary().string();
    switch (format) {
        case FigureFormat::pdf: {
            cairo::Surface surface(cairo_pdf_surface_create(temporary.c_str(), model.width_pt, model.height_pt));
            cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, model.title.c_str());
            // Cairo would write an empty entry for an empty text.
            for (const auto& [entry, text] : {std::pair{CAIRO_PDF_METADATA_AUTHOR, &model.document.author},
                                              std::pair{CAIRO_PDF_METADATA_SUBJECT, &model.document.subject},
                                              std::pair{CAIRO_PDF_METADATA_KEYWORDS, &model.document.keywords}}) {
                if (!text->empty()) cairo_pdf_surface_set_metadata(surface.get(), entry, text->c_str());
            }
            const std::string creator = std::string("bordermap ") + config::version;
            cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, creator.c_str());
            const auto date = creation_date();
            cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, date ? date->c_str() : nullptr);
            cairo::Context cr(cairo_create(surface.get()));
            draw_map(cr.get(), model);
            finish(cr, surface, path);
            break;
        }
        case FigureFormat::svg: {
            // Cairo draws the shapes; the text goes in as <text> elements an editor can change.
            std::string svg;
            cairo::Surface surface(cairo_svg_surface_create_for_stream(append_to_string, &svg, model.width_pt, model.height_pt));
            cairo::Context cr(cairo_create(surface.get()));
            std::string text;
            {
                SvgText recorder(cr.get());
                draw_map(cr.get(), model);
                text = recorder.elements();
            }
            finish(cr, surface, path);
            const auto end = svg.rfind("</svg>");
            if (end == std::string::npos) throw DataError(path.string(), "Cairo wrote no complete SVG", "Report this as a bug.");
            svg.insert(end, "<g id=\"text\">\n" + text + "</g>\n");
            file.write(renumber_cairo_ids(svg));
            break;
        }
        case FigureFormat::png: {
            const double scale = dpi / 72.0;
            const int width = static_cast<int>(std::lround(model.width_pt * scale));
            const int height = static_cast<int>(std::lround(model.height_pt * scale));
            cairo::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
            cairo::Context cr(cairo_create(surface.get()));
            cairo_scale(cr.get(), scale, scale);
            draw_map(cr.get(), model);
            cairo::check(cairo_status(cr.get()), "drawing " + path.string());
            std::string png;
            cairo::check(cairo_surface_write_to_png_stream(surface.get(), append_to_string, &png), "encoding " + path.string());
            file.write(png_with_resolution(png, dpi));
            break;
        }
    }
    file.commit();
}

}  // namespace bordermap
