#include "bordermap/core/error.hpp"

namespace bordermap {
namespace {
std::string compose(const std::string& where, const std::string& what, const std::string& fix) {
    std::string message = where.empty() ? what : where + ": " + what;
    if (!fix.empty()) message += "\n  " + fix;
    return message;
}
}  // namespace

DataError::DataError(std::string where, std::string what, std::string fix, std::string code)
    : std::runtime_error(compose(where, what, fix)),
      where_(std::move(where)),
      problem_(std::move(what)),
      fix_(std::move(fix)),
      code_(std::move(code)) {}

std::string at_line(const std::string& file, long line) { return file + ":" + std::to_string(line); }

}  // namespace bordermap
