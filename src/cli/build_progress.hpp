#pragma once
// What `build` (and `watch`) print while an atlas builds: a progress bar on a terminal, one line
// per map otherwise (CI logs), every file with --verbose, nothing but the summary with --quiet.
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <string>

#include "bordermap/atlas/build.hpp"

namespace bordermap::cli {

enum class Verbosity { quiet, normal, verbose };

class BuildProgress {
public:
    BuildProgress(std::ostream& out, Verbosity verbosity, bool terminal);
    BuildObserver observer();
    void done() { clear_bar(); }  // before the summary line
    // "bordermap: 6 maps, 54 files in /abs/out (3 written, 51 up to date)"
    static std::string summary(const BuildResult& result, const std::filesystem::path& folder);

private:
    void line(const std::string& text);  // above the bar, when there is one
    void draw_bar(const std::string& current);
    void clear_bar();

    std::ostream& out_;
    Verbosity verbosity_;
    bool terminal_;
    std::size_t steps_ = 0, done_ = 0, writes_ = 0, written_ = 0;
    bool bar_shown_ = false;
    std::map<std::string, Why> reasons_;  // per step: why its files were written, merged
    std::map<std::string, std::size_t> files_;              // per step: files written
};

}  // namespace bordermap::cli
