#include "bordermap/core/text.hpp"

#include <glib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cmath>
#include <cstdio>
#include <memory>

namespace bordermap {
namespace {

struct GFreeDeleter {
    void operator()(gchar* p) const noexcept { g_free(p); }
};
using GString = std::unique_ptr<gchar, GFreeDeleter>;

std::u32string to_code_points(std::string_view text) {
    std::u32string out;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    while (p < end) {
        gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == static_cast<gunichar>(-1) || c == static_cast<gunichar>(-2)) {  // invalid byte: keep it
            out.push_back(static_cast<unsigned char>(*p));
            ++p;
            continue;
        }
        out.push_back(c);
        p = g_utf8_next_char(p);
    }
    return out;
}

bool is_separator(gunichar c) {
    switch (c) {
        case '-': case '\'': case '.': case '_': case '`':
        case 0x2018: case 0x2019: case 0x02BC: case 0x02BB:  // quotes and modifier apostrophes
        case 0x2010: case 0x2011: case 0x2013: case 0x2014:  // dashes
        case 0x00B7: case 0x30FB:                            // middle dots
            return true;
        default:
            return g_unichar_isspace(c);
    }
}

}  // namespace

std::string name_key(std::string_view name) {
    if (!g_utf8_validate(name.data(), static_cast<gssize>(name.size()), nullptr)) return std::string(name);
    GString decomposed(g_utf8_normalize(name.data(), static_cast<gssize>(name.size()), G_NORMALIZE_NFD));
    std::string kept;
    for (const char* p = decomposed.get(); *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_type(c) == G_UNICODE_NON_SPACING_MARK || is_separator(c)) continue;
        char buffer[8];
        kept.append(buffer, static_cast<std::size_t>(g_unichar_to_utf8(c, buffer)));
    }
    GString folded(g_utf8_casefold(kept.data(), static_cast<gssize>(kept.size())));
    GString composed(g_utf8_normalize(folded.get(), -1, G_NORMALIZE_NFC));
    return composed.get();
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::u32string x = to_code_points(a), y = to_code_points(b);
    std::vector<std::size_t> previous(y.size() + 1), current(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[y.size()];
}

std::optional<double> parse_number(std::string_view text) {
    const std::string trimmed = trim(text);
    if (trimmed.empty()) return std::nullopt;
    // Thousands separators may be commas, spaces, thin or no-break spaces; the decimal point is '.'.
    std::string digits;
    bool seen_point = false;
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(trimmed[i]);
        // Thousands separators: comma, space, no-break, narrow no-break or thin space (UTF-8).
        std::size_t separator = 0;
        if (c == ',' || c == ' ') separator = 1;
        else if (trimmed.compare(i, 2, "\xC2\xA0") == 0) separator = 2;
        else if (trimmed.compare(i, 3, "\xE2\x80\xAF") == 0 || trimmed.compare(i, 3, "\xE2\x80\x89") == 0) separator = 3;
        if (separator > 0) {
            // It must sit between digits, before the decimal point, and be followed by exactly three digits.
            const bool between = i > 0 && std::isdigit(static_cast<unsigned char>(trimmed[i - 1])) && !seen_point;
            std::size_t run = 0;
            while (i + separator + run < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[i + separator + run]))) ++run;
            if (!between || run != 3) return std::nullopt;
            i += separator - 1;
            continue;
        }
        if (c == '.') {
            if (seen_point) return std::nullopt;
            seen_point = true;
        } else if (!(std::isdigit(c) || ((c == '-' || c == '+') && digits.empty()))) {
            return std::nullopt;
        }
        digits.push_back(static_cast<char>(c));
    }
    if (digits.empty() || digits == "-" || digits == "+" || digits == "." ) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string format_number(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string text = buffer;
    std::string fraction;
    if (auto point = text.find('.'); point != std::string::npos) {
        fraction = text.substr(point);
        text.resize(point);
        while (!fraction.empty() && (fraction.back() == '0' || fraction.back() == '.')) fraction.pop_back();
    }
    std::string grouped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && (text.size() - i) % 3 == 0) grouped.push_back(',');
        grouped.push_back(text[i]);
    }
    const bool negative = value < 0 && (grouped != "0" || !fraction.empty());
    return (negative ? "-" : "") + grouped + fraction;
}

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string lowercase_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        parts.push_back(trim(text.substr(start, end == std::string_view::npos ? end : end - start)));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

std::string without_diacritics(std::string_view text) {
    if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), nullptr)) return std::string(text);
    GString decomposed(g_utf8_normalize(text.data(), static_cast<gssize>(text.size()), G_NORMALIZE_NFD));
    std::string kept;
    for (const char* p = decomposed.get(); *p; p = g_utf8_next_char(p)) {
        const gunichar c = g_utf8_get_char(p);
        if (g_unichar_type(c) == G_UNICODE_NON_SPACING_MARK) continue;
        char buffer[8];
        kept.append(buffer, static_cast<std::size_t>(g_unichar_to_utf8(c, buffer)));
    }
    GString composed(g_utf8_normalize(kept.c_str(), -1, G_NORMALIZE_NFC));
    return composed.get();
}

std::string slug(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c)) {
            out.push_back(static_cast<char>(std::tolower(c)));
        } else if (!out.empty() && out.back() != '-') {
            out.push_back('-');
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "unnamed" : out;
}

}  // namespace bordermap
