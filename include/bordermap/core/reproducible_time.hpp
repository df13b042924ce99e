#pragma once
// The time written into outputs. SOURCE_DATE_EPOCH (reproducible-builds.org) sets it, so that
// a build can be repeated byte for byte; one reader of it for every output.
#include <ctime>
#include <optional>
#include <string>

namespace bordermap {

// SOURCE_DATE_EPOCH in seconds since 1970, or nullopt when it is unset or empty. A value that is
// not a whole non-negative number is a DataError: outputs would silently carry the wrong date.
std::optional<std::time_t> source_date_epoch();

// "1961-05-08T02:00:00Z".
std::string iso_utc(std::time_t time);

}  // namespace bordermap
