#pragma once
// The time a figure or a map covers: a closed interval of seconds from partial ISO 8601 dates and
// date-times. A partial date or time covers all of its unit: "1961" the year, "1961-05-08T02:00" the minute.
#include <chrono>
#include <string>
#include <string_view>

namespace bordermap {

class Period {
public:
    // "1961", "1961-01", "1961-01-15", "1961-01-15T02", "1961-01-15T02:00" (also with seconds, or a
    // space for the T), or two of these joined by '/': "1961-01/1962-03", "1961-05-08T02:00/05:00"
    // (an end of only a time is on the start's day). Times are the document's local time, so a time
    // zone is refused. Throws std::invalid_argument with the reason.
    static Period parse(std::string_view text);
    // From separate start and end columns (each partial; the end takes the last moment of its unit).
    static Period from_bounds(std::string_view start, std::string_view end);

    std::chrono::sys_days first_day() const { return std::chrono::floor<std::chrono::days>(first_); }
    std::chrono::sys_days last_day() const { return std::chrono::floor<std::chrono::days>(last_); }
    std::chrono::sys_seconds first_second() const { return first_; }
    std::chrono::sys_seconds last_second() const { return last_; }
    // Calendar days it touches (a few hours of one day count as that day).
    long days() const { return (last_day() - first_day()).count() + 1; }
    // Whether it starts and ends on a day's boundaries (no time of day to say).
    bool whole_days() const;

    bool overlaps(const Period& other) const { return first_ <= other.last_ && other.first_ <= last_; }
    bool within(const Period& other) const { return other.first_ <= first_ && last_ <= other.last_; }
    bool operator==(const Period& other) const = default;

    // ISO 8601 in the shortest exact form: "1961", "1961-01/1962-03", "1961-01-15", "1961-05-08T02:00".
    std::string iso() const;
    // The first and last day as full ISO dates: "1961-01-01", "1962-03-31".
    std::string first_iso_day() const;
    std::string last_iso_day() const;
    // Where it starts and ends, as exports write them: the first and last day, or for a period
    // with times the first and last second ("1961-05-08T02:00:00", "1961-05-08T05:00:59").
    std::string start_iso() const;
    std::string end_iso() const;
    // For readers: "1961", "January 1961 – March 1962", "15 January 1961", "8 May 1961, 2–5 a.m.".
    std::string human() const;

private:
    Period(std::chrono::sys_seconds first, std::chrono::sys_seconds last) : first_(first), last_(last) {}
    std::chrono::sys_seconds first_, last_;
};

}  // namespace bordermap
