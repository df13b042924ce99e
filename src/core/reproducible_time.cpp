#include "bordermap/core/reproducible_time.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "bordermap/core/error.hpp"

namespace bordermap {

std::optional<std::time_t> source_date_epoch() {
    const char* value = std::getenv("SOURCE_DATE_EPOCH");
    if (!value || !*value) return std::nullopt;
    const std::string_view text(value);
    long long seconds = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error != std::errc() || end != text.data() + text.size() || seconds < 0) {
        throw DataError("SOURCE_DATE_EPOCH", "is '" + std::string(text) + "', not a number of seconds since 1970",
                        "Set it to a whole number such as 1700000000 (e.g. git log -1 --format=%ct), or unset it.");
    }
    return static_cast<std::time_t>(seconds);
}

std::string iso_utc(std::time_t time) {
    std::tm utc{};
    if (!gmtime_r(&time, &utc)) {
        throw DataError("SOURCE_DATE_EPOCH", "names a time beyond the calendar (" + std::to_string(time) + " s)", "Use a date of these centuries.");
    }
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

}  // namespace bordermap
