#include "bordermap/data/validity.hpp"

#include <algorithm>

#include "bordermap/core/text.hpp"

namespace bordermap {

Validity Validity::parse(const std::string& from, const std::string& to) {
    Validity v;
    v.from_ = trim(from);
    v.to_ = trim(to);
    // Open ends stand for the first and last years the calendar type holds.
    v.span_ = Period::from_bounds(v.from_.empty() ? "0001" : v.from_, v.to_.empty() ? "9999" : v.to_);
    return v;
}

long Validity::days_within(const Period& period) const {
    const auto first = std::max(span_.first_day(), period.first_day());
    const auto last = std::min(span_.last_day(), period.last_day());
    return last < first ? 0 : (last - first).count() + 1;
}

std::string Validity::human() const {
    auto shown = [](const std::string& date) { return Period::parse(date).human(); };
    if (!from_.empty() && !to_.empty()) return shown(from_) + " \u2013 " + shown(to_);
    if (!to_.empty()) return "until " + shown(to_);
    if (!from_.empty()) return "since " + shown(from_);
    return "";
}

}  // namespace bordermap
