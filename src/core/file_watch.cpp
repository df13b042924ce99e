#include "bordermap/core/file_watch.hpp"

#include <poll.h>
#include <pthread.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace bordermap {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Every way a file in a folder can get new content or go away, and the folder itself going away.
// Not IN_MODIFY: a save ends with IN_CLOSE_WRITE, and a build started mid-write would read half a file.
constexpr std::uint32_t folder_events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB |
                                        IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

[[noreturn]] void fail(const char* what) { throw std::system_error(errno, std::generic_category(), what); }

fs::path normal(const fs::path& path) { return fs::absolute(path).lexically_normal(); }

bool is_within(const fs::path& path, const fs::path& folder) {
    if (folder.empty()) return false;
    const fs::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

}  // namespace

FileWatch::FileWatch() {
    const sigset_t stop = stop_signals();
    if (const int error = pthread_sigmask(SIG_BLOCK, &stop, &previous_mask_); error != 0) {
        throw std::system_error(error, std::generic_category(), "blocking SIGINT and SIGTERM");
    }
    signals_ = signalfd(-1, &stop, SFD_NONBLOCK | SFD_CLOEXEC);
    inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (signals_ < 0 || inotify_ < 0) {
        const int error = errno;
        release();  // the destructor does not run for a constructor that throws
        throw std::system_error(error, std::generic_category(), "starting to watch files");
    }
}

FileWatch::~FileWatch() { release(); }

void FileWatch::release() noexcept {
    if (signals_ >= 0) {
        // A second Ctrl-C asks for the stop already under way: take it, so that lifting the
        // block below does not end the process by the signal's default action.
        if (stopping_) {
            signalfd_siginfo info;
            while (::read(signals_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            }
        }
        ::close(signals_);
        signals_ = -1;
    }
    if (inotify_ >= 0) {
        ::close(inotify_);
        inotify_ = -1;
    }
    pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

void FileWatch::watch(const WatchList& list) {
    ignored_ = list.ignored.empty() ? fs::path() : normal(list.ignored);
    std::map<fs::path, Folder> wanted;
    std::set<fs::path> files;
    for (const auto& given : list.files) {
        const fs::path file = normal(given);
        if (is_within(file, ignored_) || !files.insert(file).second) continue;
        wanted[file.parent_path()].names.insert(file.filename().string());
        // A file that is a link changes where the link points to, too.
        std::error_code error;
        const fs::path target = fs::weakly_canonical(file, error);
        if (!error && target != file && !is_within(target, ignored_)) wanted[target.parent_path()].names.insert(target.filename().string());
    }
    for (const auto& given : list.folders) {
        const fs::path folder = normal(given);
        if (!is_within(folder, ignored_)) wanted[folder].every_entry = true;
    }
    file_count_ = files.size();

    std::map<int, Folder> watched;
    for (auto& [path, folder] : wanted) {
        const int descriptor = inotify_add_watch(inotify_, path.c_str(), folder_events);
        if (descriptor < 0) continue;  // not there (yet): the files in it cannot change unseen by their atlas
        // One folder reached by two paths gets one descriptor: merge what is watched in it.
        Folder& merged = watched[descriptor];
        if (merged.path.empty()) merged.path = path;
        merged.names.insert(folder.names.begin(), folder.names.end());
        merged.every_entry = merged.every_entry || folder.every_entry;
    }
    for (const auto& [descriptor, folder] : folders_)
        if (!watched.count(descriptor)) inotify_rm_watch(inotify_, descriptor);
    folders_ = std::move(watched);
}

bool FileWatch::counts(int watch, std::uint32_t mask, const std::string& name) const {
    if (mask & IN_Q_OVERFLOW) return true;  // events were lost: one of them may have counted
    const auto folder = folders_.find(watch);
    if (folder == folders_.end()) return false;  // a folder no longer watched
    if (mask & (IN_DELETE_SELF | IN_MOVE_SELF)) return true;
    if (name.empty()) return false;
    if (folder->second.names.count(name)) return true;
    if (!folder->second.every_entry || name.front() == '.') return false;  // hidden: temporary files
    return !is_within(folder->second.path / name, ignored_);
}

bool FileWatch::read_changes() {
    bool changed = false;
    alignas(inotify_event) char buffer[16 * 1024];
    for (;;) {
        const ssize_t size = ::read(inotify_, buffer, sizeof buffer);
        if (size < 0 && errno == EINTR) continue;
        if (size < 0 && errno == EAGAIN) return changed;
        if (size <= 0) fail("reading file events");
        for (ssize_t at = 0; at < size;) {
            inotify_event event;
            std::memcpy(&event, buffer + at, sizeof event);
            const char* name_start = buffer + at + sizeof event;
            const std::string name = event.len ? std::string(name_start, ::strnlen(name_start, event.len)) : std::string();
            changed = counts(event.wd, event.mask, name) || changed;
            at += static_cast<ssize_t>(sizeof event + event.len);
        }
    }
}

FileWatch::Wake FileWatch::wait(std::chrono::milliseconds quiet, std::optional<std::chrono::milliseconds> timeout) {
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    const auto give_up = timeout ? std::optional(Clock::now() + *timeout) : std::nullopt;
    std::optional<Clock::time_point> settled;  // once a change counted: when the files will have been quiet for long enough
    for (;;) {
        int wait_ms = -1;
        if (settled || give_up) {
            const auto left = duration_cast<milliseconds>((settled ? *settled : *give_up) - Clock::now()).count();
            if (left <= 0) return settled ? Wake::changed : Wake::timeout;
            wait_ms = static_cast<int>(left) + 1;  // round up: poll would wake a little early
        }
        pollfd fds[2] = {{signals_, POLLIN, 0}, {inotify_, POLLIN, 0}};
        if (::poll(fds, 2, wait_ms) < 0) {
            if (errno == EINTR) continue;
            fail("waiting for file events");
        }
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo info;
            if (::read(signals_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
                stopping_ = true;
                return Wake::stop;
            }
        }
        if ((fds[1].revents & POLLIN) && read_changes()) settled = Clock::now() + quiet;
    }
}

}  // namespace bordermap
