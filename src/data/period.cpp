#include "bordermap/data/period.hpp"

#include <array>
#include <charconv>
#include <stdexcept>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

using namespace std::chrono;

enum class Precision { year, month, day };

struct PartialDate {
    year_month_day date;
    Precision precision;
    sys_days first() const { return sys_days{date}; }
    sys_days last() const {
        switch (precision) {
            case Precision::year: return sys_days{date.year() / December / 31};
            case Precision::month: return sys_days{date.year() / date.month() / std::chrono::last};
            case Precision::day: return sys_days{date};
        }
        return sys_days{date};
    }
};

int parse_digits(std::string_view text, std::size_t count, std::string_view whole) {
    int value = 0;
    if (text.size() != count ||
        std::from_chars(text.data(), text.data() + text.size(), value).ptr != text.data() + text.size()) {
        throw std::invalid_argument("'" + std::string(whole) + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return value;
}

PartialDate parse_date(std::string_view text) {
    const std::string date = trim(text);
    if (date.empty()) throw std::invalid_argument("the period is empty; write e.g. 1961 or 1961-01/1962-03");
    const auto parts = split(date, '-');
    if (parts.empty() || parts.size() > 3 || date.empty()) {
        throw std::invalid_argument("'" + date + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
    }
    const year y{parse_digits(parts[0], 4, date)};
    if (parts.size() == 1) return {y / January / 1, Precision::year};
    const unsigned m = static_cast<unsigned>(parse_digits(parts[1], 2, date));
    if (m < 1 || m > 12) throw std::invalid_argument("'" + date + "' has no month " + parts[1]);
    if (parts.size() == 2) return {y / month{m} / 1, Precision::month};
    const year_month_day ymd{y / month{m} / day{static_cast<unsigned>(parse_digits(parts[2], 2, date))}};
    if (!ymd.ok()) throw std::invalid_argument("'" + date + "' is not a day of the calendar");
    return {ymd, Precision::day};
}

constexpr std::array<const char*, 12> month_names{"January", "February", "March",     "April",   "May",      "June",
                                                   "July",    "August",   "September", "October", "November", "December"};

bool is_year_start(sys_days d) { return year_month_day{d}.month() == January && year_month_day{d}.day() == day{1}; }
bool is_year_end(sys_days d) { return year_month_day{d}.month() == December && year_month_day{d}.day() == day{31}; }
bool is_month_start(sys_days d) { return year_month_day{d}.day() == day{1}; }
bool is_month_end(sys_days d) {
    const year_month_day ymd{d};
    return ymd == year_month_day{ymd.year() / ymd.month() / std::chrono::last};
}

std::string two_digits(unsigned value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// The shortest partial date whose first (or last) day is `d`, given the other end's alignment.
std::string iso_date(sys_days d, Precision precision) {
    const year_month_day ymd{d};
    std::string text = std::to_string(static_cast<int>(ymd.year()));
    if (precision == Precision::year) return text;
    text += "-" + two_digits(static_cast<unsigned>(ymd.month()));
    if (precision == Precision::month) return text;
    return text + "-" + two_digits(static_cast<unsigned>(ymd.day()));
}

std::string human_date(sys_days d, Precision precision) {
    const year_month_day ymd{d};
    const std::string y = std::to_string(static_cast<int>(ymd.year()));
    const std::string m = month_names[static_cast<unsigned>(ymd.month()) - 1];
    if (precision == Precision::year) return y;
    if (precision == Precision::month) return m + " " + y;
    return std::to_string(static_cast<unsigned>(ymd.day())) + " " + m + " " + y;
}

Precision common_precision(sys_days first, sys_days last) {
    if (is_year_start(first) && is_year_end(last)) return Precision::year;
    if (is_month_start(first) && is_month_end(last)) return Precision::month;
    return Precision::day;
}

}  // namespace

Period Period::parse(std::string_view text) {
    const std::string t = trim(text);
    if (t.empty()) throw std::invalid_argument("the period is empty; write e.g. 1961 or 1961-01/1962-03");
    const auto slash = t.find('/');
    if (slash == std::string::npos) {
        const PartialDate date = parse_date(t);
        return Period(date.first(), date.last());
    }
    return from_bounds(std::string_view(t).substr(0, slash), std::string_view(t).substr(slash + 1));
}

Period Period::from_bounds(std::string_view start, std::string_view end) {
    const PartialDate from = parse_date(start), to = parse_date(end);
    if (to.last() < from.first()) {
        throw std::invalid_argument("the period ends (" + trim(end) + ") before it starts (" + trim(start) + ")");
    }
    return Period(from.first(), to.last());
}

std::string Period::iso() const {
    const Precision precision = common_precision(first_, last_);
    const std::string from = iso_date(first_, precision), to = iso_date(last_, precision);
    return from == to ? from : from + "/" + to;
}

std::string Period::first_iso_day() const { return iso_date(first_, Precision::day); }
std::string Period::last_iso_day() const { return iso_date(last_, Precision::day); }

std::string Period::human() const {
    const Precision precision = common_precision(first_, last_);
    const std::string from = human_date(first_, precision), to = human_date(last_, precision);
    return from == to ? from : from + " \u2013 " + to;
}

}  // namespace bordermap
