#pragma once
// Internal to the build: the output folder's rules (whose files may be replaced or removed) and
// the build's record kept in it as outputs are written.
#include <chrono>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "atlas/build_plan.hpp"
#include "bordermap/atlas/manifest.hpp"

namespace bordermap {

// Refuses to write into a folder that holds files but no record of ours: a build removes the
// outputs of maps that left the atlas, and must never take someone's files for its own. A folder
// holding only files this build would write (an older bordermap's output) is taken over.
void refuse_foreign_folder(const std::filesystem::path& folder, const std::vector<PlannedOutput>& outputs);

// The process id in the name of a temporary file of ours (".NAME.tmpPID", and SQLite's
// "-journal", "-wal" and "-shm" beside a GeoPackage's), or "" for any other name.
std::string temporary_owner(std::string name);

// Temporary files of a build that was killed before it could rename them into place.
void remove_abandoned_temporaries(const std::filesystem::path& folder);

// The build's record, updated as outputs are written and saved now and then, so that an
// interrupted build loses little: what it wrote is recorded, what it did not is rebuilt.
class Record {
public:
    Record(std::filesystem::path folder, bool keep, Manifest manifest)
        : folder_(std::move(folder)), keep_(keep), manifest_(std::move(manifest)) {}

    void wrote(const PlannedOutput& output);  // records it; saves the record at most once a second
    void forget(const std::string& file);
    void save();                               // when anything changed since the last save

private:
    void save_locked();

    std::filesystem::path folder_;
    bool keep_;
    Manifest manifest_;
    bool changed_ = false;
    std::chrono::steady_clock::time_point saved_ = std::chrono::steady_clock::now();
    std::mutex mutex_;
};

}  // namespace bordermap
