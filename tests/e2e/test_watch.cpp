// `bordermap watch`: the real binary as a child process, its output read through a pipe while
// the test edits the atlas as an editor would.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <optional>
#include <thread>

#include "test_support.hpp"

extern char** environ;

using namespace bordermap::test;
using namespace std::chrono_literals;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// The machine may be busy: waits are long, but each returns as soon as its line arrives.
constexpr auto patience = 60s;

// `bordermap ARGS` running, stdout and stderr into one pipe; killed when the object dies.
class Bordermap {
public:
    explicit Bordermap(const std::vector<std::string>& args) {
        int pipe_ends[2];
        if (::pipe2(pipe_ends, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
        output_ = pipe_ends[0];
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], 1);
        posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], 2);
        // The child starts with no signal blocked and the default actions, whatever the test runner set.
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t none, defaults;
        sigemptyset(&none);
        sigemptyset(&defaults);
        for (const int reset : {SIGINT, SIGTERM, SIGPIPE}) sigaddset(&defaults, reset);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setsigdefault(&attributes, &defaults);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        std::vector<std::string> argv_strings{BORDERMAP_BINARY};
        argv_strings.insert(argv_strings.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argv_strings) argv.push_back(a.data());
        argv.push_back(nullptr);
        const int error = posix_spawn(&pid_, BORDERMAP_BINARY, &actions, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(pipe_ends[1]);
        if (error != 0) {
            ::close(output_);
            throw std::runtime_error("cannot start " BORDERMAP_BINARY);
        }
    }

    ~Bordermap() {
        if (!exit_code_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
        ::close(output_);
    }

    Bordermap(const Bordermap&) = delete;
    Bordermap& operator=(const Bordermap&) = delete;

    // The lines of the next build: up to and with "watching N files ...", the last line of each.
    // nullopt when none comes in `timeout` or the output ends.
    std::optional<std::string> next_report(std::chrono::milliseconds timeout = patience) {
        const auto give_up = Clock::now() + timeout;
        for (;;) {
            if (const auto end = report_end(); end != std::string::npos) {
                std::string report = unread_.substr(0, end);
                unread_.erase(0, end);
                return report;
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
            if (left <= 0) return std::nullopt;
            pollfd fd{output_, POLLIN, 0};
            if (::poll(&fd, 1, static_cast<int>(left)) <= 0) continue;
            char chunk[4096];
            const ssize_t size = ::read(output_, chunk, sizeof chunk);
            if (size <= 0) return std::nullopt;
            unread_.append(chunk, static_cast<std::size_t>(size));
            all_.append(chunk, static_cast<std::size_t>(size));
        }
    }

    bool running() {
        if (exit_code_) return false;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) != pid_) return true;
        exit_code_ = code_of(status);
        return false;
    }

    // Sends `stop_signal` and waits for the exit; the exit code, or nullopt if it did not end in time.
    std::optional<int> stop(int stop_signal) {
        ::kill(pid_, stop_signal);
        const auto give_up = Clock::now() + patience;
        while (running() && Clock::now() < give_up) std::this_thread::sleep_for(20ms);
        return exit_code_;
    }

    const std::string& output() const { return all_; }  // everything printed so far, for failure messages

private:
    static int code_of(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

    // Where the first complete "watching ..." line of the unread output ends, or npos.
    std::size_t report_end() const {
        for (std::size_t start = 0; start < unread_.size();) {
            const auto end = unread_.find('\n', start);
            if (end == std::string::npos) return std::string::npos;
            if (unread_.compare(start, 9, "watching ") == 0) return end + 1;
            start = end + 1;
        }
        return std::string::npos;
    }

    pid_t pid_ = -1;
    int output_ = -1;
    std::optional<int> exit_code_;
    std::string unread_, all_;
};

// Saves as vim and many editors do: a new file beside the old, renamed over it.
void save_by_rename(const fs::path& file, const std::string& content) {
    const fs::path draft = file.string() + ".new";
    write_file(draft, content);
    fs::rename(draft, file);
}

json feature(const fs::path& geojson, const std::string& id) {
    const json collection = read_json(geojson);  // alive through the loop
    for (const auto& f : collection["features"])
        if (f["properties"]["id"] == id) return f;
    return json();
}

// Every file of a folder with its bytes and time of last change.
std::map<std::string, std::pair<std::string, fs::file_time_type>> snapshot(const fs::path& folder) {
    std::map<std::string, std::pair<std::string, fs::file_time_type>> files;
    for (const auto& name : list_files(folder)) files[name] = {read_file(folder / name), fs::last_write_time(folder / name)};
    return files;
}

TEST(Watch, RebuildsOnEachSaveKeepsTheLastGoodOutputsThroughAnErrorAndStopsOnSigterm) {
    TempDir dir("watch");
    const fs::path atlas = dir / "atlas", figures = atlas / "figures.csv", out = atlas / "out";
    copy_atlas(fixtures_dir() / "small-atlas", atlas);
    const std::string original = read_file(figures);
    Bordermap watch({"watch", atlas.string()});  // the outputs go to out/ inside the watched folder

    auto report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    EXPECT_TRUE(contains(*report, "bordermap: 2 maps, 16 files in " + out.string() + " (16 written, 0 up to date)\n")) << *report;
    // atlas.toml, figures, sources, seven files of geodata and the publication style.
    EXPECT_TRUE(contains(*report, "watching 10 files for changes (Ctrl-C to stop)\n")) << *report;
    ASSERT_EQ(feature(out / "crossings.geojson", "CN-JL")["properties"]["value"], 1200);

    // Its own outputs, other files and hidden temporaries beside the inputs start no build.
    write_file(atlas / "notes.txt", "not an input");
    write_file(atlas / ".figures.csv.tmp999", "a temporary");
    write_file(out / "extra.txt", "");
    EXPECT_FALSE(watch.next_report(3s)) << watch.output();

    // (1) An editor's save: the new value is in the outputs.
    std::string content = original;
    content.replace(content.find("\"1,200\""), 7, "\"1,234\"");
    save_by_rename(figures, content);
    report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    EXPECT_TRUE(contains(*report, "bordermap: 2 maps, 16 files in")) << *report;
    EXPECT_FALSE(contains(*report, "(0 written")) << *report;
    EXPECT_EQ(feature(out / "crossings.geojson", "CN-JL")["properties"]["value"], 1234);

    // (2) A value that is no number, written in place: the error names the file and row, the
    // watch goes on, and the outputs of the last good build are left as they were.
    const auto before = snapshot(out);
    content.replace(content.find(",450,"), 5, ",lots,");
    write_file(figures, content);
    report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    EXPECT_TRUE(contains(*report, "bordermap: error: " + figures.string() + ":3: the value 'lots' is not a number")) << *report;
    EXPECT_TRUE(contains(*report, "watching 10 files")) << *report;
    EXPECT_FALSE(contains(*report, "files in")) << *report;
    EXPECT_TRUE(watch.running());
    EXPECT_TRUE(snapshot(out) == before) << "a failed build changed the outputs";

    // (3) The fix builds again.
    content.replace(content.find(",lots,"), 6, ",451,");
    const auto saved = Clock::now();
    write_file(figures, content);
    report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    const auto build_time = Clock::now() - saved;
    EXPECT_TRUE(contains(*report, "bordermap: 2 maps, 16 files in")) << *report;
    EXPECT_EQ(feature(out / "crossings.geojson", "CN-LN")["properties"]["value"], 451);

    // (4) A burst of saves makes one build, of the last one.
    for (int value = 2001; value <= 2005; ++value) {
        const auto at = content.find("Kirin,crossings,\"");
        const auto end = content.find('"', at + 17);
        content.replace(at + 17, end - at - 17, std::to_string(value));
        write_file(figures, content);
        std::this_thread::sleep_for(20ms);
    }
    report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    EXPECT_TRUE(contains(*report, "bordermap: 2 maps, 16 files in")) << *report;
    EXPECT_EQ(feature(out / "crossings.geojson", "CN-JL")["properties"]["value"], 2005);
    const auto second_build_wait = std::max<std::chrono::milliseconds>(3s, std::chrono::duration_cast<std::chrono::milliseconds>(3 * build_time));
    EXPECT_FALSE(watch.next_report(second_build_wait)) << "a second build:\n" << watch.output();

    // (5) SIGTERM ends it cleanly.
    EXPECT_EQ(watch.stop(SIGTERM), 0) << watch.output();
}

TEST(Watch, WaitsForABrokenAtlasFileToBeFixedAndStopsOnSigint) {
    TempDir dir("watch-atlas");
    const fs::path atlas = dir / "atlas";
    copy_atlas(fixtures_dir() / "small-atlas", atlas);
    const std::string good = read_file(atlas / "atlas.toml");
    replace_in_file(atlas / "atlas.toml", "[indicators]", "[indicators");
    Bordermap watch({"watch", (atlas / "atlas.toml").string(), "-o", (dir / "maps").string()});

    auto report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    EXPECT_TRUE(contains(*report, "bordermap: error: " + (atlas / "atlas.toml").string() + ":")) << *report;
    EXPECT_TRUE(contains(*report, "watching 1 file for changes")) << *report;
    EXPECT_FALSE(fs::exists(dir / "maps"));

    save_by_rename(atlas / "atlas.toml", good);
    report = watch.next_report();
    ASSERT_TRUE(report) << watch.output();
    EXPECT_TRUE(contains(*report, "bordermap: 2 maps, 16 files in " + (dir / "maps").string())) << *report;
    EXPECT_TRUE(fs::exists(dir / "maps" / "crossings.geojson"));

    EXPECT_EQ(watch.stop(SIGINT), 0) << watch.output();
}

}  // namespace
