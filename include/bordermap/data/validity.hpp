#pragma once
// When a name or a boundary was in use. Either end may be open: "until 1964", "since 1979".
#include <string>

#include "bordermap/data/period.hpp"

namespace bordermap {

class Validity {
public:
    Validity() = default;  // always: no known limits
    // Partial ISO dates ("1949", "1965-01"); an empty end is open. Throws std::invalid_argument.
    static Validity parse(const std::string& from, const std::string& to);

    bool dated() const { return !from_.empty() || !to_.empty(); }
    const std::string& from() const { return from_; }
    const std::string& to() const { return to_; }
    // Days of `period` it covers (all of them when undated).
    long days_within(const Period& period) const;
    bool covers(const Period& period) const { return days_within(period) == period.days(); }
    bool overlaps(const Validity& other) const { return span_.overlaps(other.span_); }
    // For readers: "1949 – 1954", "until 1964", "since 1979", "" when undated.
    std::string human() const;

private:
    std::string from_, to_;
    Period span_ = Period::from_bounds("0001", "9999");
};

}  // namespace bordermap
