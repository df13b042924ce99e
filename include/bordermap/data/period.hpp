#pragma once
// The time a figure or a map covers: a closed interval of days from partial ISO 8601 dates.
#include <chrono>
#include <string>
#include <string_view>

namespace bordermap {

class Period {
public:
    // "1961", "1961-01", "1961-01-15", or two of these joined by '/': "1961-01/1962-03".
    // A partial date covers all its days. Throws std::invalid_argument with the reason.
    static Period parse(std::string_view text);
    // From separate start and end columns (each a partial date; the end takes its last day).
    static Period from_bounds(std::string_view start, std::string_view end);

    std::chrono::sys_days first_day() const { return first_; }
    std::chrono::sys_days last_day() const { return last_; }
    long days() const { return (last_ - first_).count() + 1; }

    bool overlaps(const Period& other) const { return first_ <= other.last_ && other.first_ <= last_; }
    bool within(const Period& other) const { return other.first_ <= first_ && last_ <= other.last_; }
    bool operator==(const Period& other) const = default;

    // ISO 8601 in the shortest exact form: "1961", "1961-01/1962-03", "1961-01-15".
    std::string iso() const;
    // The first and last day as full ISO dates: "1961-01-01", "1962-03-31".
    std::string first_iso_day() const;
    std::string last_iso_day() const;
    // For readers: "1961", "January 1961 – March 1962", "15 January 1961".
    std::string human() const;

private:
    Period(std::chrono::sys_days first, std::chrono::sys_days last) : first_(first), last_(last) {}
    std::chrono::sys_days first_, last_;
};

}  // namespace bordermap
