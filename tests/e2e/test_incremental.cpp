// `bordermap build` writes only what changed: run on copies of the example atlas and of its shared
// build, edited the way a historian edits them, and checked file by file.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "test_support.hpp"

namespace bordermap::test {
namespace {

constexpr const char* record_name = ".bordermap-manifest.json";

// What a file is on disk: a rewrite (even of the same bytes) changes its inode or time.
struct Stamp {
    ino_t inode = 0;
    long long modified_ns = 0;
    off_t size = 0;
    bool operator==(const Stamp&) const = default;
};

std::map<std::string, Stamp> stamps(const fs::path& folder) {
    std::map<std::string, Stamp> out;
    for (const auto& name : list_files(folder)) {
        struct stat s {};
        if (::stat((folder / name).c_str(), &s) != 0) continue;
        out[name] = {s.st_ino, static_cast<long long>(s.st_mtim.tv_sec) * 1000000000LL + s.st_mtim.tv_nsec, s.st_size};
    }
    return out;
}

std::map<std::string, std::string> contents(const fs::path& folder, bool with_record = false) {
    std::map<std::string, std::string> out;
    for (const auto& name : list_files(folder))
        if (with_record || name != record_name) out[name] = read_file(folder / name);
    return out;
}

// The files that differ between two folders' contents (or are in one only), by name: no bytes in
// a failure message.
std::vector<std::string> differing(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b) {
    std::vector<std::string> names;
    for (const auto& [name, bytes] : a)
        if (!b.count(name) || b.at(name) != bytes) names.push_back(name);
    for (const auto& [name, _] : b)
        if (!a.count(name)) names.push_back(name);
    return names;
}

// The files a verbose build says it wrote.
std::set<std::string> written(const RunResult& r) {
    std::set<std::string> files;
    std::size_t at = 0;
    while ((at = r.out.find("  wrote ", at)) != std::string::npos) {
        at += 8;
        files.insert(r.out.substr(at, r.out.find(" (", at) - at));
    }
    return files;
}

std::set<std::string> with_prefix(const std::set<std::string>& files, const std::string& prefix) {
    std::set<std::string> out;
    for (const auto& f : files)
        if (f.starts_with(prefix)) out.insert(f);
    return out;
}

class IncrementalBuild : public ::testing::Test {
protected:
    // A copy of the example with the shared build of it as its output folder: what a historian
    // has after a first build.
    void SetUp() override {
        const SharedAtlas& example = shared_atlas("example");
        ASSERT_EQ(example.build.exit_code, 0) << example.build.err;
        copy_atlas(example_dir(), atlas_.path());
        copy_outputs(example.out, out());
    }

    RunResult build(std::vector<std::string> extra = {}) const {
        std::vector<std::string> args{"build", atlas_.path().string(), "-o", out().string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return run_bordermap(args);
    }

    fs::path out() const { return atlas_ / "out"; }
    fs::path atlas() const { return atlas_.path(); }

    // Builds the atlas as it is now into a fresh folder: what an incremental build must equal.
    std::map<std::string, std::string> clean_build(std::vector<std::string> extra = {}) const {
        const TempDir clean("incremental-clean");
        std::vector<std::string> args{"build", atlas_.path().string(), "-o", (clean / "out").string(), "-q"};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run_bordermap(args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return contents(clean / "out");
    }

    TempDir atlas_{"incremental"};
};

TEST_F(IncrementalBuild, ANoOpRebuildTouchesNoFile) {
    const auto before = stamps(out());
    ASSERT_TRUE(before.count(record_name)) << "the build keeps no record";
    const auto r = build({"-v"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "(0 written, 69 up to date)")) << r.out;
    EXPECT_TRUE(written(r).empty()) << r.out;
    EXPECT_EQ(stamps(out()), before) << "a file was rewritten although nothing changed";
}

TEST_F(IncrementalBuild, OneFigureRebuildsTheMapsThatShowItAndNoOther) {
    const auto before = contents(out());
    const auto before_stamps = stamps(out());
    // Liaoning's people sent back by North Korea: shown by sent-back-1961 and a panel of crossers-1961.
    replace_in_file(atlas() / "figures.csv", "Liaoning Province,sent_back_by_dprk,213,", "Liaoning Province,sent_back_by_dprk,214,");
    const auto r = build({"-v"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto files = written(r);

    for (const char* shown : {"sent-back-1961.pdf", "sent-back-1961.png", "sent-back-1961.svg", "sent-back-1961.geojson",
                              "sent-back-1961.provenance.json", "crossers-1961.pdf", "crossers-1961-sent-back-by-dprk.geojson",
                              "crossers-1961-sent-back-by-dprk.provenance.json", "figures_polygons.geojson", "atlas.gpkg"}) {
        EXPECT_TRUE(files.count(shown)) << shown << " was not rebuilt:\n" << r.out;
    }
    for (const char* untouched : {"crossings-1961", "crossings-1961-per-month", "bodies-found-1961", "letters-1961"}) {
        EXPECT_TRUE(with_prefix(files, std::string(untouched) + ".").empty()) << untouched << " was rebuilt:\n" << r.out;
    }
    for (const auto& [name, stamp] : stamps(out())) {
        if (files.count(name) || name == record_name) continue;
        EXPECT_EQ(stamp, before_stamps.at(name)) << name << " was touched but not reported";
    }
    // What was written is what a clean build gives, and every file that had to change did.
    const auto now = contents(out());
    EXPECT_EQ(differing(now, clean_build()), std::vector<std::string>{}) << "the incremental result differs from a clean build";
    for (const auto& [name, bytes] : now) {
        if (before.count(name) && before.at(name) != bytes) {
            EXPECT_TRUE(files.count(name)) << name;
        }
    }
    EXPECT_TRUE(contains(r.out, "figures changed")) << r.out;
}

TEST_F(IncrementalBuild, AStyleChangeRedrawsTheMapsButLeavesTheirDataLayers) {
    const auto r = build({"-v", "--set", "text.title_pt=13"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto files = written(r);
    EXPECT_TRUE(files.count("crossings-1961.pdf")) << r.out;
    EXPECT_TRUE(files.count("crossers-1961.png")) << r.out;
    for (const auto& f : files) {
        EXPECT_FALSE(f.ends_with(".geojson")) << f;
        EXPECT_FALSE(f.ends_with(".provenance.json")) << f;
    }
    EXPECT_TRUE(contains(r.out, "style changed")) << r.out;
    EXPECT_EQ(differing(contents(out()), clean_build({"--set", "text.title_pt=13"})), std::vector<std::string>{});
}

TEST_F(IncrementalBuild, MovingARowWithinItsTableRewritesOnlyWhatCitesRows) {
    // Swap two Liaoning rows: the figures are the same, their line numbers are not.
    const std::string a = "Liaoning Province,returned,\"1,266\",exact,1961-01/1962-03,fma-1962-03-23,1-3,Of the Liaoning crossers: returned (the report does not say how),\n";
    const std::string b = "Liaoning Province,sent_back_by_dprk,213,exact,1961-01/1962-03,fma-1962-03-23,1-3,Of the Liaoning crossers: sent back by the North Korean side,\n";
    replace_in_file(atlas() / "figures.csv", a + b, b + a);
    const auto r = build({"-v"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto files = written(r);
    // The layers and provenance of the maps showing the moved figure cite its row; drawings do not.
    for (const char* cites : {"sent-back-1961.provenance.json", "sent-back-1961.geojson", "crossers-1961-sent-back-by-dprk.geojson"})
        EXPECT_TRUE(files.count(cites)) << cites << "\n" << r.out;
    for (const auto& f : files) {
        EXPECT_FALSE(f.ends_with(".pdf") || f.ends_with(".png") || f.ends_with(".svg")) << f << " redrawn for a moved row";
        EXPECT_FALSE(f.starts_with("crossings-") || f.starts_with("letters-") || f.starts_with("bodies-")) << f << " does not show the row";
    }
    EXPECT_EQ(differing(contents(out()), clean_build()), std::vector<std::string>{});
}

TEST_F(IncrementalBuild, AHandDeletedOrEditedOutputIsNoticedAndRebuilt) {
    const auto good = contents(out());
    fs::remove(out() / "letters-1961.png");
    write_file(out() / "crossings-1961.qml", "edited by hand");
    const auto r = build({"-v"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(written(r), (std::set<std::string>{"crossings-1961.qml", "letters-1961.png"})) << r.out;
    EXPECT_TRUE(contains(r.out, "wrote letters-1961.png (missing)")) << r.out;
    EXPECT_TRUE(contains(r.out, "wrote crossings-1961.qml (changed since it was written)")) << r.out;
    EXPECT_EQ(differing(contents(out()), good), std::vector<std::string>{});
}

TEST_F(IncrementalBuild, ForceWritesEverythingAgain) {
    const auto r = build({"--force", "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "(69 written, 0 up to date)")) << r.out;
}

TEST_F(IncrementalBuild, AMapThatLeavesTheAtlasTakesItsOutputsWithItAndNothingElse) {
    write_file(out() / "notes.txt", "the historian's own notes");
    write_file(out() / "bodies-found-1961.qml", "edited by hand");  // changed since written: kept
    // Drop the maps letters-1961 and bodies-found-1961 from the atlas.
    std::string toml = read_file(atlas() / "atlas.toml");
    for (const char* id : {"letters-1961", "bodies-found-1961"}) {
        const auto at = toml.find(std::string("id = \"") + id + "\"");
        ASSERT_NE(at, std::string::npos);
        const auto start = toml.rfind("[[map]]", at);
        const auto end = toml.find("[[", at);
        toml.erase(start, end - start);
    }
    write_file(atlas() / "atlas.toml", toml);
    const auto r = build();
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "removed letters-1961.pdf (no map writes it now)")) << r.out;
    EXPECT_TRUE(contains(r.out, "left bodies-found-1961.qml")) << r.out;
    const auto files = list_files(out());
    for (const auto& f : files) {
        EXPECT_FALSE(f.starts_with("letters-1961")) << f << " was left behind";
        EXPECT_FALSE(f.starts_with("bodies-found-1961") && f != "bodies-found-1961.qml") << f << " was left behind";
    }
    EXPECT_EQ(read_file(out() / "notes.txt"), "the historian's own notes");
    EXPECT_EQ(read_file(out() / "bodies-found-1961.qml"), "edited by hand");
    // The record forgets them: the next build neither lists nor removes anything.
    const auto again = build({"-v"});
    EXPECT_TRUE(written(again).empty()) << again.out;
    EXPECT_FALSE(contains(again.out, "removed")) << again.out;
}

TEST_F(IncrementalBuild, ADataErrorLeavesEveryOutputAndTheRecordAsTheyWere) {
    const auto before = stamps(out());
    replace_in_file(atlas() / "figures.csv", "Liaoning Province,sent_back_by_dprk,213,", "Liaoning Province,sent_back_by_dprk,two hundred,");
    const auto r = build();
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "figures.csv:14")) << r.err;
    EXPECT_EQ(stamps(out()), before);
}

TEST_F(IncrementalBuild, AnUnreadableRecordIsAnErrorUntilForced) {
    write_file(out() / record_name, "not json");
    const auto r = build();
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, record_name) && contains(r.err, "--force")) << r.err;
    const auto forced = build({"--force", "-q"});
    ASSERT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_TRUE(contains(build({"-q"}).out, "(0 written, 69 up to date)"));
}

TEST(IncrementalBuildFolder, AFolderThatIsNotOursIsNotBuiltIntoWithoutForce) {
    TempDir out("foreign");
    write_file(out / "thesis-chapter-3.docx", "mine");
    const auto r = run_bordermap({"build", example_dir().string(), "-o", out.path().string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "thesis-chapter-3.docx") && contains(r.err, "--force")) << r.err;
    EXPECT_EQ(list_files(out.path()), std::vector<std::string>{"thesis-chapter-3.docx"});

    const auto forced = run_bordermap({"build", example_dir().string(), "-o", out.path().string(), "--force", "-q"});
    ASSERT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(read_file(out / "thesis-chapter-3.docx"), "mine");
    EXPECT_TRUE(fs::exists(out / record_name));
    // Ours from now on: an ordinary build works, and never removes the stranger.
    const auto again = run_bordermap({"build", example_dir().string(), "-o", out.path().string(), "-q"});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(read_file(out / "thesis-chapter-3.docx"), "mine");
}

TEST_F(IncrementalBuild, AFolderOfItsOwnOutputsWithoutARecordIsTakenOver) {
    // An output folder of a bordermap that kept no record holds only files the build would write.
    fs::remove(out() / record_name);
    const auto r = build({"-v"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "wrote crossings-1961.pdf (not written by the last build)")) << r.out;
    EXPECT_TRUE(fs::exists(out() / record_name));
}

TEST(IncrementalBuildNames, TwoOutputsOfOneNameAreAnErrorBeforeAnythingIsDrawn) {
    TempDir dir("same-name");
    copy_atlas(example_dir(), dir.path());
    // A map whose GeoJSON would be the atlas's long-form figures layer.
    std::string toml = read_file(dir / "atlas.toml");
    toml += "\n[[map]]\nid = \"figures_polygons\"\nindicator = \"crossed_to_dprk\"\nperiod = \"1961\"\n";
    write_file(dir / "atlas.toml", toml);
    const auto r = run_bordermap({"build", dir.path().string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_TRUE(contains(r.err, "figures_polygons.geojson")) << r.err;
    EXPECT_TRUE(contains(r.err, "atlas.toml:")) << r.err;
    EXPECT_FALSE(fs::exists(dir / "out")) << "something was written";
}

// The shared builds are drawn four maps at once (tests/cmake/build_shared_atlas.cmake).
TEST(ParallelBuild, EqualsASerialBuildByteForByte) {
    TempDir serial("serial");
    for (const auto& [name, atlas] : {std::pair{"example", example_dir()}, std::pair{"history", fixtures_dir() / "history-atlas"}}) {
        const SharedAtlas& parallel = shared_atlas(name);
        ASSERT_EQ(parallel.build.exit_code, 0) << parallel.build.err;
        const auto a = run_bordermap({"build", atlas.string(), "-o", (serial / name).string(), "-j", "1", "-q"});
        ASSERT_EQ(a.exit_code, 0) << a.err;
        const auto one = contents(serial / name);
        ASSERT_FALSE(one.empty());
        EXPECT_EQ(differing(one, contents(parallel.out)), std::vector<std::string>{}) << name << ": -j1 and -j4 differ";
    }
}

// A child bordermap process, killed when the test is done with it.
class Child {
public:
    explicit Child(const std::vector<std::string>& args) {
        pid_ = ::fork();
        if (pid_ == 0) {
            std::vector<char*> argv;
            std::string binary = BORDERMAP_BINARY;
            argv.push_back(binary.data());
            std::vector<std::string> copy = args;
            for (auto& a : copy) argv.push_back(a.data());
            argv.push_back(nullptr);
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 1);
            ::dup2(null, 2);
            ::execv(binary.c_str(), argv.data());
            ::_exit(127);
        }
    }
    ~Child() { kill(SIGKILL); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    bool running() {
        if (pid_ <= 0) return false;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return false;
        }
        return true;
    }
    void kill(int signal) {
        if (pid_ <= 0) return;
        ::kill(pid_, signal);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
};

TEST_F(IncrementalBuild, AKilledBuildLeavesNoHalfWrittenFileAndTheNextBuildRecovers) {
    const auto old_files = contents(out());
    const auto old_stamps = stamps(out());
    const std::vector<std::string> restyle{"--set", "text.title_pt=13"};
    const auto new_files = clean_build(restyle);

    // Restyle every map on one thread and kill the build as soon as its first drawing lands.
    std::vector<std::string> args{"build", atlas().string(), "-o", out().string(), "-j", "1", "-q"};
    args.insert(args.end(), restyle.begin(), restyle.end());
    Child child(args);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    bool landed = false;
    while (!landed && child.running() && std::chrono::steady_clock::now() < deadline) {
        for (const auto& [name, stamp] : stamps(out()))
            if (name.ends_with(".pdf") && old_stamps.count(name) && !(old_stamps.at(name) == stamp)) landed = true;
        if (!landed) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    child.kill(SIGKILL);
    ASSERT_TRUE(landed) << "the build ended before a drawing was rewritten";

    // Every visible file is whole: the old one or the new one, never a part of either.
    std::size_t still_old = 0;
    for (const auto& [name, bytes] : contents(out())) {
        if (name.starts_with(".")) continue;  // temporaries of the killed build
        ASSERT_TRUE(old_files.count(name)) << name;
        const bool is_old = bytes == old_files.at(name), is_new = bytes == new_files.at(name);
        EXPECT_TRUE(is_old || is_new) << name << " is half-written";
        if (is_old && !is_new) ++still_old;
    }
    EXPECT_GT(still_old, 0u) << "the kill came after the build had finished";

    const auto r = build({"-q", "--set", "text.title_pt=13"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(differing(contents(out()), new_files), std::vector<std::string>{}) << "the recovered build differs from a clean one";
    for (const auto& name : list_files(out()))
        EXPECT_TRUE(name == record_name || !name.starts_with(".")) << name << " was left behind";
    EXPECT_TRUE(contains(build({"-q", "--set", "text.title_pt=13"}).out, "(0 written, 69 up to date)"));
}

}  // namespace
}  // namespace bordermap::test
