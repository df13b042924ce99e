#include "bordermap/render/cairo_handles.hpp"

#include <stdexcept>

namespace bordermap::cairo {

void check(cairo_status_t status, const std::string& what) {
    if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(what + ": " + cairo_status_to_string(status));
}

}  // namespace bordermap::cairo
