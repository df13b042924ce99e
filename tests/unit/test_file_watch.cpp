// core/file_watch.hpp: which saves wake a watch, how a burst of them makes one wake, and signals.
#include <gtest/gtest.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "bordermap/core/file_watch.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using bordermap::FileWatch;
using bordermap::WatchList;
using bordermap::test::TempDir;
using bordermap::test::write_file;
using namespace std::chrono_literals;

namespace {

using Wake = FileWatch::Wake;

// Short waits where nothing should happen; long ones where something should, to return on it.
constexpr auto quiet = 50ms;
constexpr auto nothing_within = 700ms;
constexpr auto something_within = 20s;

// Saves as vim and many editors do: a new file renamed over the old one.
void save_by_rename(const fs::path& file, const std::string& content) {
    write_file(fs::path(file.string() + ".new"), content);
    fs::rename(file.string() + ".new", file);
}

TEST(FileWatch, SeesAFileWrittenInPlaceOrRenamedOverOrDeleted) {
    TempDir dir("watch-save");
    write_file(dir / "figures.csv", "a\n");
    FileWatch watch;
    watch.watch({{dir / "figures.csv"}, {}, {}});
    EXPECT_EQ(watch.file_count(), 1u);
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);

    write_file(dir / "figures.csv", "b\n");
    EXPECT_EQ(watch.wait(quiet, something_within), Wake::changed);
    save_by_rename(dir / "figures.csv", "c\n");
    EXPECT_EQ(watch.wait(quiet, something_within), Wake::changed);
    // Renamed over, the file is a new one: still watched.
    write_file(dir / "figures.csv", "d\n");
    EXPECT_EQ(watch.wait(quiet, something_within), Wake::changed);
    fs::remove(dir / "figures.csv");
    EXPECT_EQ(watch.wait(quiet, something_within), Wake::changed);
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);
}

TEST(FileWatch, IgnoresOtherFilesHiddenTemporariesAndTheIgnoredFolder) {
    TempDir dir("watch-ignore");
    write_file(dir / "atlas.toml", "");
    FileWatch watch;
    watch.watch({{dir / "atlas.toml"}, {}, dir / "out"});
    write_file(dir / "notes.txt", "not an input");
    write_file(dir / ".atlas.toml.tmp123", "a temporary");
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);

    // Watching every entry of the folder: still not hidden ones, nor the output folder and its files.
    watch.watch({{dir / "atlas.toml"}, {dir.path()}, dir / "out"});
    fs::create_directories(dir / "out");
    write_file(dir / "out" / "map.geojson", "{}");
    write_file(dir / ".swap", "");
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);
    write_file(dir / "figures.csv", "");
    EXPECT_EQ(watch.wait(quiet, something_within), Wake::changed);

    // An input inside the ignored folder is not watched at all.
    watch.watch({{dir / "out" / "map.geojson", dir / "atlas.toml"}, {}, dir / "out"});
    EXPECT_EQ(watch.file_count(), 1u);
    write_file(dir / "out" / "map.geojson", "{ }");
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);
}

TEST(FileWatch, WatchesOnlyTheLatestList) {
    TempDir dir("watch-relist");
    fs::create_directories(dir / "old");
    FileWatch watch;
    watch.watch({{dir / "old" / "figures.csv"}, {}, {}});
    watch.watch({{dir / "figures-1962.csv", dir / "sources.csv"}, {}, {}});
    EXPECT_EQ(watch.file_count(), 2u);
    write_file(dir / "old" / "figures.csv", "");
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);
    write_file(dir / "figures-1962.csv", "");  // created: a file need not exist to be watched
    EXPECT_EQ(watch.wait(quiet, something_within), Wake::changed);
}

TEST(FileWatch, ABurstOfSavesWakesOnceWhenItIsOver) {
    TempDir dir("watch-burst");
    write_file(dir / "figures.csv", "");
    FileWatch watch;
    watch.watch({{dir / "figures.csv"}, {}, {}});
    std::atomic<bool> done = false;
    std::thread editor([&] {
        for (int i = 0; i < 20; ++i) {
            write_file(dir / "figures.csv", std::to_string(i));
            std::this_thread::sleep_for(100ms);
        }
        done = true;
    });
    // Longer than the pauses between the saves, much shorter than the burst: each save starts the wait anew.
    const auto settle = 600ms;
    EXPECT_EQ(watch.wait(settle, something_within), Wake::changed);
    EXPECT_TRUE(done) << "woke before the saves were over";
    editor.join();
    EXPECT_EQ(watch.wait(quiet, nothing_within), Wake::timeout);
}

TEST(FileWatch, StopsOnSigtermAndSigintAndLiftsTheBlockWhenDestroyed) {
    for (const int stop_signal : {SIGTERM, SIGINT}) {
        {
            FileWatch watch;
            ASSERT_EQ(::raise(stop_signal), 0);  // blocked: it waits for the watch to read it
            EXPECT_EQ(watch.wait(quiet, something_within), Wake::stop);
        }
        sigset_t mask;
        pthread_sigmask(SIG_BLOCK, nullptr, &mask);
        EXPECT_EQ(sigismember(&mask, stop_signal), 0);
    }
}

}  // namespace
