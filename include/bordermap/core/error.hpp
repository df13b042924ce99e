#pragma once
// The two kinds of failure the command line tells apart (exit 1 and exit 2).
#include <stdexcept>
#include <string>

namespace bordermap {

// Something is wrong with the user's data or files: exit code 1.
// `where` names the file and line/feature; `fix` says what to do.
class DataError : public std::runtime_error {
public:
    // `code` names the kind of problem for machine-readable reports ("unknown_region" ...).
    DataError(std::string where, std::string what, std::string fix = {}, std::string code = "data_error");
    const std::string& where() const noexcept { return where_; }
    const std::string& code() const noexcept { return code_; }
    const std::string& problem() const noexcept { return problem_; }
    const std::string& fix() const noexcept { return fix_; }

private:
    std::string where_, problem_, fix_, code_;
};

// The command line was used wrongly: exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A location in an input: "figures.csv:12" or "rivers.geojson: feature 3".
std::string at_line(const std::string& file, long line);

}  // namespace bordermap
