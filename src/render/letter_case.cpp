#include "bordermap/render/letter_case.hpp"

#include <glib.h>

#include <memory>

namespace bordermap {
namespace {

struct GFree {
    void operator()(gchar* s) const noexcept { g_free(s); }
};

bool valid(const std::string& utf8) { return g_utf8_validate(utf8.data(), static_cast<gssize>(utf8.size()), nullptr) == TRUE; }

}  // namespace

// GLib's case mapping follows the process's LC_CTYPE only for Turkish, Azeri and Lithuanian
// letters; bordermap never sets a locale, so the result does not depend on the user's.
std::string upper_case(const std::string& utf8) {
    if (!valid(utf8)) return utf8;
    const std::unique_ptr<gchar, GFree> upper(g_utf8_strup(utf8.data(), static_cast<gssize>(utf8.size())));
    return upper.get();
}

std::string with_capital(const std::string& utf8) {
    if (utf8.empty() || !valid(utf8)) return utf8;
    gchar first[6];
    const gint length = g_unichar_to_utf8(g_unichar_totitle(g_utf8_get_char(utf8.data())), first);
    const std::size_t rest = static_cast<std::size_t>(g_utf8_next_char(utf8.data()) - utf8.data());
    return std::string(first, static_cast<std::size_t>(length)) + utf8.substr(rest);
}

}  // namespace bordermap
