#include "atlas/output_folder.hpp"

#include <unistd.h>

#include <algorithm>
#include <set>
#include <system_error>

#include "bordermap/core/error.hpp"

namespace bordermap {

void refuse_foreign_folder(const std::filesystem::path& folder, const std::vector<PlannedOutput>& outputs) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) return;
    std::set<std::string> ours;
    for (const auto& output : outputs) ours.insert(output.file);
    std::vector<std::string> strangers;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (!ours.count(name)) strangers.push_back(name);
    }
    if (strangers.empty()) return;
    std::sort(strangers.begin(), strangers.end());
    throw DataError(folder.string(), "holds " + std::to_string(strangers.size()) + (strangers.size() == 1 ? " file" : " files") +
                                         " that this build would not write (such as '" + strangers.front() +
                                         "') and no record of a bordermap build (" + manifest_file_name + ")",
                    "Build into a new or empty folder with -o, or add --force to build here anyway (bordermap never deletes a file it did not write).");
}

std::string temporary_owner(std::string name) {
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        if (name.ends_with(suffix)) name.resize(name.size() - std::string_view(suffix).size());
    const auto digits = name.find_last_not_of("0123456789");
    if (name.size() < 2 || name.front() != '.' || digits == std::string::npos || digits + 1 == name.size()) return {};
    if (digits < 5 || name.compare(digits - 3, 4, ".tmp") != 0) return {};  // at least ".x.tmp" before the digits
    return name.substr(digits + 1);
}

void remove_abandoned_temporaries(const std::filesystem::path& folder) {
    std::error_code error;
    std::vector<std::filesystem::path> abandoned;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string pid = temporary_owner(entry.path().filename().string());
        if (pid.empty()) continue;
        if (pid != std::to_string(::getpid()) && std::filesystem::exists("/proc/" + pid)) continue;  // another build is writing it
        abandoned.push_back(entry.path());
    }
    for (const auto& path : abandoned) std::filesystem::remove(path, error);
}

void Record::wrote(const PlannedOutput& output) {
    if (!keep_) return;
    const auto state = file_state(folder_ / output.file);
    const std::lock_guard lock(mutex_);
    if (state) manifest_.outputs[output.file] = {output.map, output.made_from, *state};
    changed_ = true;
    if (std::chrono::steady_clock::now() - saved_ > std::chrono::seconds(1)) save_locked();
}

void Record::forget(const std::string& file) {
    const std::lock_guard lock(mutex_);
    changed_ |= manifest_.outputs.erase(file) > 0;
}

void Record::save() {
    const std::lock_guard lock(mutex_);
    if (keep_ && changed_) save_locked();
}

void Record::save_locked() {
    write_manifest(folder_, manifest_);
    saved_ = std::chrono::steady_clock::now();
    changed_ = false;
}

}  // namespace bordermap
