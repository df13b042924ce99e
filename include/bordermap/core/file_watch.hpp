#pragma once
// Waits for files to be saved, and for SIGINT or SIGTERM, through Linux inotify and signalfd.
// It watches the folders holding the files, not the files themselves: editors often save by
// writing a new file and renaming it over the old one, which a watch on the old file misses.
#include <signal.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bordermap {

struct WatchList {
    std::vector<std::filesystem::path> files;    // any change to these counts: written, replaced, created, deleted
    std::vector<std::filesystem::path> folders;  // so does any change of an entry of these, but for hidden ones
    std::filesystem::path ignored;               // nothing in this folder ever counts (an output folder)
};

class FileWatch {
public:
    enum class Wake { changed, stop, timeout };

    // Blocks SIGINT and SIGTERM in the calling thread until destroyed, so that they arrive through
    // wait() instead of ending the process. Threads started later inherit the block: create the
    // watch before starting any.
    FileWatch();
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    // Watches what `list` names from now on, instead of what it watched before. Files in the
    // ignored folder are left out; a folder that does not exist is skipped.
    void watch(const WatchList& list);
    // The files watched (those of the list, less the ignored ones).
    std::size_t file_count() const { return file_count_; }

    // Waits for a change that counts, then until `quiet` passes without another (an editor's save
    // and a burst of saves make one wake). Returns stop when a signal arrives first, timeout when
    // `timeout` passes without a change.
    Wake wait(std::chrono::milliseconds quiet, std::optional<std::chrono::milliseconds> timeout = std::nullopt);

private:
    struct Folder {
        std::filesystem::path path;
        std::set<std::string> names;  // the watched files in it
        bool every_entry = false;
    };

    void release() noexcept;  // closes the descriptors and lifts the block on the signals
    bool read_changes();      // true when a queued event counts
    bool counts(int watch, std::uint32_t mask, const std::string& name) const;

    int inotify_ = -1;
    int signals_ = -1;
    sigset_t previous_mask_{};
    bool stopping_ = false;
    std::map<int, Folder> folders_;  // by inotify watch descriptor
    std::filesystem::path ignored_;
    std::size_t file_count_ = 0;
};

}  // namespace bordermap
