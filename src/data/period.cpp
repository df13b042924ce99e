#include "bordermap/data/period.hpp"

#include <array>
#include <charconv>
#include <stdexcept>

#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

using namespace std::chrono;

// Coarsest first: a period is written at the finest precision either of its ends needs.
enum class Precision { year, month, day, hour, minute, second };

const char* const date_forms = "write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM";

// A partial date or date-time: every second of its unit.
struct PartialTime {
    sys_seconds first, last;
    Precision precision;
};

int parse_digits(std::string_view text, std::size_t count, std::string_view whole) {
    int value = 0;
    if (text.size() != count ||
        std::from_chars(text.data(), text.data() + text.size(), value).ptr != text.data() + text.size()) {
        throw std::invalid_argument("'" + std::string(whole) + "' is not a date; " + date_forms);
    }
    return value;
}

sys_seconds last_second_of_day(sys_days d) { return sys_seconds{d} + days{1} - seconds{1}; }

PartialTime parse_date(const std::string& date, const std::string& whole) {
    const auto parts = split(date, '-');
    if (parts.empty() || parts.size() > 3 || date.empty()) throw std::invalid_argument("'" + whole + "' is not a date; " + date_forms);
    const year y{parse_digits(parts[0], 4, whole)};
    if (parts.size() == 1) return {sys_seconds{sys_days{y / January / 1}}, last_second_of_day(sys_days{y / December / 31}), Precision::year};
    const unsigned m = static_cast<unsigned>(parse_digits(parts[1], 2, whole));
    if (m < 1 || m > 12) throw std::invalid_argument("'" + whole + "' has no month " + parts[1]);
    if (parts.size() == 2) {
        return {sys_seconds{sys_days{y / month{m} / 1}}, last_second_of_day(sys_days{y / month{m} / std::chrono::last}), Precision::month};
    }
    const year_month_day ymd{y / month{m} / day{static_cast<unsigned>(parse_digits(parts[2], 2, whole))}};
    if (!ymd.ok()) throw std::invalid_argument("'" + whole + "' is not a day of the calendar");
    return {sys_seconds{sys_days{ymd}}, last_second_of_day(sys_days{ymd}), Precision::day};
}

// "02", "02:00" or "02:00:30" on `day`.
PartialTime parse_clock(const std::string& clock, sys_days day, const std::string& whole) {
    if (clock.find_first_of("Z+") != std::string::npos || clock.find('-') != std::string::npos) {
        throw std::invalid_argument("'" + whole + "' has a time zone; write the time as the document gives it (its local time), without Z or an offset");
    }
    const auto parts = split(clock, ':');
    auto field = [&](std::size_t i, int most, const char* what) {
        const int value = parts[i].size() == 2 ? parse_digits(parts[i], 2, whole) : -1;
        if (value < 0 || value > most) {
            throw std::invalid_argument("'" + whole + "' has no " + what + " '" + parts[i] + "'; write times as HH:MM (00:00 to 23:59)");
        }
        return value;
    };
    if (parts.empty() || parts.size() > 3) throw std::invalid_argument("'" + whole + "' is not a time; write HH:MM, e.g. 1961-05-08T02:00");
    const sys_seconds first = sys_seconds{day} + hours{field(0, 23, "hour")} + minutes{parts.size() > 1 ? field(1, 59, "minute") : 0} +
                              seconds{parts.size() > 2 ? field(2, 59, "second") : 0};
    static constexpr std::array<seconds, 3> unit{hours{1}, minutes{1}, seconds{1}};
    return {first, first + unit[parts.size() - 1] - seconds{1}, static_cast<Precision>(static_cast<int>(Precision::day) + parts.size())};
}

// A date with an optional time after 'T' or a space. An end that is only a time ("05:00", "T05:00")
// takes the day of `start`.
PartialTime parse_moment(std::string_view text, const PartialTime* start = nullptr) {
    const std::string whole = trim(text);
    if (whole.empty()) throw std::invalid_argument("the period is empty; write e.g. 1961 or 1961-01/1962-03");
    const bool only_time = start && (whole.front() == 'T' || (whole.find(':') != std::string::npos && whole.find('-') == std::string::npos));
    if (only_time) {
        if (start->precision < Precision::day) throw std::invalid_argument("'" + whole + "' is a time, but the period starts on a whole month or year; write the end's date too");
        return parse_clock(whole.front() == 'T' ? whole.substr(1) : whole, floor<days>(start->first), whole);
    }
    const auto separator = whole.find_first_of("T ");
    const PartialTime date = parse_date(whole.substr(0, separator), whole);
    if (separator == std::string::npos) return date;
    if (date.precision != Precision::day) throw std::invalid_argument("'" + whole + "' gives a time without a day; write YYYY-MM-DDTHH:MM");
    return parse_clock(trim(whole.substr(separator + 1)), floor<days>(date.first), whole);
}

constexpr std::array<const char*, 12> month_names{"January", "February", "March",     "April",   "May",      "June",
                                                   "July",    "August",   "September", "October", "November", "December"};

// The coarsest precision at which `first` starts a unit and `last` ends one.
Precision common_precision(sys_seconds first, sys_seconds last) {
    const hh_mm_ss start{first - floor<days>(first)}, end{last - floor<days>(last)};
    if (start.seconds().count() != 0 || end.seconds().count() != 59) return Precision::second;
    if (start.minutes().count() != 0 || end.minutes().count() != 59) return Precision::minute;
    if (start.hours().count() != 0 || end.hours().count() != 23) return Precision::hour;
    const year_month_day a{floor<days>(first)}, b{floor<days>(last)};
    if (a.day() != day{1} || b != year_month_day{b.year() / b.month() / std::chrono::last}) return Precision::day;
    if (a.month() != January || b.month() != December) return Precision::month;
    return Precision::year;
}

std::string two_digits(long value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// The start of the unit of `precision` holding `t`, as ISO 8601: "1961", "1961-05", "1961-05-08T02:00".
std::string iso_moment(sys_seconds t, Precision precision) {
    const year_month_day ymd{floor<days>(t)};
    std::string text = std::to_string(static_cast<int>(ymd.year()));
    if (precision == Precision::year) return text;
    text += "-" + two_digits(static_cast<unsigned>(ymd.month()));
    if (precision == Precision::month) return text;
    text += "-" + two_digits(static_cast<unsigned>(ymd.day()));
    if (precision == Precision::day) return text;
    const hh_mm_ss clock{t - floor<days>(t)};
    text += "T" + two_digits(clock.hours().count());
    if (precision == Precision::hour) return text;
    text += ":" + two_digits(clock.minutes().count());
    if (precision == Precision::minute) return text;
    return text + ":" + two_digits(clock.seconds().count());
}

std::string human_date(sys_seconds t, Precision precision) {
    const year_month_day ymd{floor<days>(t)};
    const std::string y = std::to_string(static_cast<int>(ymd.year()));
    const std::string m = month_names[static_cast<unsigned>(ymd.month()) - 1];
    if (precision == Precision::year) return y;
    if (precision == Precision::month) return m + " " + y;
    return std::to_string(static_cast<unsigned>(ymd.day())) + " " + m + " " + y;
}

// A time of day as a reader says it: "2 a.m.", "2:30 p.m.", "noon", "midnight"; `suffix` false
// leaves out "a.m."/"p.m." (the first of "2–5 a.m.").
std::string human_clock(sys_seconds t, Precision precision, bool suffix = true) {
    const hh_mm_ss clock{t - floor<days>(t)};
    const long h = clock.hours().count(), m = clock.minutes().count(), s = clock.seconds().count();
    if (m == 0 && s == 0 && (h == 0 || h == 12)) return h == 0 ? "midnight" : "noon";
    std::string text = std::to_string(h % 12 == 0 ? 12 : h % 12);
    if (m != 0 || precision == Precision::second) text += ":" + two_digits(m);
    if (precision == Precision::second) text += ":" + two_digits(s);
    return suffix ? text + (h < 12 ? " a.m." : " p.m.") : text;
}

// The start of the unit of `precision` that holds `t` (the last hour of "02:00/05:00" starts at 05:00).
sys_seconds unit_start(sys_seconds t, Precision precision) {
    if (precision == Precision::hour) return floor<hours>(t);
    if (precision == Precision::minute) return floor<minutes>(t);
    return t;
}

bool before_noon(sys_seconds t) { return t - floor<days>(t) < hours{12}; }

std::string human_with_times(sys_seconds first, sys_seconds last, Precision precision) {
    const sys_seconds last_unit = unit_start(last, precision);
    const std::string day = human_date(first, Precision::day), from = human_clock(first, precision);
    if (last_unit == first) return day + ", " + from;
    const std::string to = human_clock(last_unit, precision);
    if (floor<days>(first) != floor<days>(last)) return day + ", " + from + " \u2013 " + human_date(last, Precision::day) + ", " + to;
    auto named = [](const std::string& clock) { return clock == "noon" || clock == "midnight"; };
    if (before_noon(first) == before_noon(last_unit) && !named(from) && !named(to)) {
        return day + ", " + human_clock(first, precision, false) + "\u2013" + to;  // "2\u20135 a.m."
    }
    return day + ", " + from + " \u2013 " + to;
}

}  // namespace

Period Period::parse(std::string_view text) {
    const std::string t = trim(text);
    if (t.empty()) throw std::invalid_argument("the period is empty; write e.g. 1961 or 1961-01/1962-03");
    const auto slash = t.find('/');
    if (slash == std::string::npos) {
        const PartialTime moment = parse_moment(t);
        return Period(moment.first, moment.last);
    }
    return from_bounds(std::string_view(t).substr(0, slash), std::string_view(t).substr(slash + 1));
}

Period Period::from_bounds(std::string_view start, std::string_view end) {
    const PartialTime from = parse_moment(start), to = parse_moment(end, &from);
    if (to.last < from.first) {
        throw std::invalid_argument("the period ends (" + trim(end) + ") before it starts (" + trim(start) + ")");
    }
    return Period(from.first, to.last);
}

bool Period::whole_days() const { return common_precision(first_, last_) <= Precision::day; }

std::string Period::iso() const {
    const Precision precision = common_precision(first_, last_);
    const std::string from = iso_moment(first_, precision), to = iso_moment(last_, precision);
    return from == to ? from : from + "/" + to;
}

std::string Period::first_iso_day() const { return iso_moment(first_, Precision::day); }
std::string Period::last_iso_day() const { return iso_moment(last_, Precision::day); }
std::string Period::start_iso() const { return whole_days() ? first_iso_day() : iso_moment(first_, Precision::second); }
std::string Period::end_iso() const { return whole_days() ? last_iso_day() : iso_moment(last_, Precision::second); }

std::string Period::human() const {
    const Precision precision = common_precision(first_, last_);
    if (precision > Precision::day) return human_with_times(first_, last_, precision);
    const std::string from = human_date(first_, precision), to = human_date(last_, precision);
    return from == to ? from : from + " \u2013 " + to;
}

}  // namespace bordermap
