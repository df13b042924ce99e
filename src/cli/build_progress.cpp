#include "build_progress.hpp"

#include <algorithm>
#include <iostream>
#include <vector>

#include "bordermap/map/notes.hpp"

namespace bordermap::cli {
namespace {

constexpr std::size_t bar_width = 24;

std::string name_of(const std::filesystem::path& file) { return file.filename().string(); }

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

// The reasons of a map's files as one: "new", or "classes, figures and provenance changed".
void merge(Why& into, const Why& why) {
    if (into.state.empty()) into.state = why.state;
    else if (!why.state.empty() && into.state.find(why.state) == std::string::npos) into.state += ", " + why.state;
    for (const auto& part : why.changed)
        if (std::find(into.changed.begin(), into.changed.end(), part) == into.changed.end()) into.changed.push_back(part);
    std::sort(into.changed.begin(), into.changed.end());
}

}  // namespace

BuildProgress::BuildProgress(std::ostream& out, Verbosity verbosity, bool terminal)
    : out_(out), verbosity_(verbosity), terminal_(terminal) {}

void BuildProgress::line(const std::string& text) {
    clear_bar();
    out_ << text << "\n" << std::flush;
}

void BuildProgress::draw_bar(const std::string& current) {
    if (!terminal_ || verbosity_ != Verbosity::normal || steps_ == 0) return;
    const std::size_t filled = steps_ ? bar_width * done_ / steps_ : bar_width;
    out_ << "\r\033[K[" << std::string(filled, '#') << std::string(bar_width - filled, '-') << "] " << done_ << "/" << steps_ << "  " << current
         << std::flush;
    bar_shown_ = true;
}

void BuildProgress::clear_bar() {
    if (!bar_shown_) return;
    out_ << "\r\033[K" << std::flush;
    bar_shown_ = false;
}

BuildObserver BuildProgress::observer() {
    BuildObserver o;
    // Warnings go to stderr whatever the verbosity, as check's would.
    o.warned = [this](const MapWarning& w) {
        clear_bar();
        std::cerr << w.where << ": warning: " << w.message << " [" << w.code << "]\n  " << w.fix << "\n" << std::flush;
    };
    o.planned = [this](std::size_t to_compose, std::size_t to_write, std::size_t) {
        steps_ = to_compose + to_write;
        writes_ = to_write;
        done_ = written_ = 0;
    };
    o.composed = [this](const std::string& map) {
        ++done_;
        draw_bar("composed " + map);
    };
    o.started = [this](const std::string& step) { draw_bar(step); };
    o.wrote = [this](const std::string& step, const std::filesystem::path& file, const Why& why) {
        if (verbosity_ == Verbosity::verbose) line("  wrote " + name_of(file) + " (" + why.words() + ")");
        merge(reasons_[step], why);
        ++files_[step];
    };
    o.finished = [this](const std::string& step) {
        ++done_;
        ++written_;
        if (verbosity_ == Verbosity::normal && !terminal_) {
            const std::size_t files = files_[step];
            const auto& why = reasons_[step];
            line("  [" + std::to_string(written_) + "/" + std::to_string(writes_) + "] " + step + ": " + std::to_string(files) +
                 (files == 1 ? " file" : " files") + " (" + why.words() + ")");
        } else {
            draw_bar(step);
        }
        reasons_.erase(step);
        files_.erase(step);
    };
    o.dropped_label = [this](const std::string& page, const DroppedLabel& label) {
        if (verbosity_ == Verbosity::verbose) line("  " + page + ": left out the label '" + label.text + "' (" + label.why + ")");
    };
    o.up_to_date = [this](const std::filesystem::path& file) {
        if (verbosity_ == Verbosity::verbose) line("  up to date " + name_of(file));
    };
    o.removed = [this](const std::filesystem::path& file, const std::string& why) {
        if (verbosity_ != Verbosity::quiet) line("  removed " + name_of(file) + " (" + why + ")");
    };
    o.left_alone = [this](const std::filesystem::path& file, const std::string& why) {
        if (verbosity_ != Verbosity::quiet) line("  left " + name_of(file) + " (" + why + ")");
    };
    return o;
}

std::string BuildProgress::summary(const BuildResult& result, const std::filesystem::path& folder) {
    std::vector<std::string> parts{std::to_string(result.written.size()) + " written", std::to_string(result.up_to_date.size()) + " up to date"};
    if (!result.removed.empty()) parts.push_back(std::to_string(result.removed.size()) + " removed");
    return "bordermap: " + std::to_string(result.maps) + " maps, " + std::to_string(result.files()) + " files in " +
           std::filesystem::absolute(folder).lexically_normal().string() + " (" + joined(parts) + ")";
}

}  // namespace bordermap::cli
