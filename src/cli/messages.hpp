#pragma once
// Messages more than one subcommand prints, worded once.
#include <string>

#include "bordermap/core/error.hpp"

namespace bordermap::cli {

// A data error as bordermap reports it: "bordermap: error: FILE:LINE: problem" and the fix below.
inline std::string data_error_message(const DataError& error) { return std::string("bordermap: error: ") + error.what(); }

}  // namespace bordermap::cli
