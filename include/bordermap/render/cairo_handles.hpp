#pragma once
// RAII owners for Cairo and Pango objects, and a checked-status helper for Cairo.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

namespace bordermap::cairo {

struct SurfaceDestroyer {
    void operator()(cairo_surface_t* s) const noexcept { cairo_surface_destroy(s); }
};
struct ContextDestroyer {
    void operator()(cairo_t* c) const noexcept { cairo_destroy(c); }
};
struct GObjectUnref {
    void operator()(void* o) const noexcept { g_object_unref(o); }
};
struct FontDescriptionFree {
    void operator()(PangoFontDescription* d) const noexcept { pango_font_description_free(d); }
};
struct FontOptionsDestroyer {
    void operator()(cairo_font_options_t* o) const noexcept { cairo_font_options_destroy(o); }
};

using Surface = std::unique_ptr<cairo_surface_t, SurfaceDestroyer>;
using Context = std::unique_ptr<cairo_t, ContextDestroyer>;
using Layout = std::unique_ptr<PangoLayout, GObjectUnref>;
using FontDescription = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;
using FontOptions = std::unique_ptr<cairo_font_options_t, FontOptionsDestroyer>;

// Throws std::runtime_error naming `what` when Cairo reports an error.
void check(cairo_status_t status, const std::string& what);

}  // namespace bordermap::cairo
