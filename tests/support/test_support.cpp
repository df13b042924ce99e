#include "test_support.hpp"

#include <cairo.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>

namespace bordermap::test {
namespace {

struct SurfaceDestroyer {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDestroyer>;

Surface load_png(const fs::path& path) {
    Surface s(cairo_image_surface_create_from_png(path.c_str()));
    if (cairo_surface_status(s.get()) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("cannot read PNG " + path.string());
    cairo_surface_flush(s.get());
    return s;
}

// Channels of pixel (x, y) of an image surface (RGB24 or ARGB32, native-endian 32-bit words).
std::array<int, 3> rgb(cairo_surface_t* s, int x, int y) {
    const unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    std::uint32_t word;
    std::memcpy(&word, data + y * stride + x * 4, 4);
    return {static_cast<int>((word >> 16) & 0xff), static_cast<int>((word >> 8) & 0xff), static_cast<int>(word & 0xff)};
}

RunResult run(const std::string& program, const std::vector<std::string>& args, const fs::path& working_dir, bool search_path) {
    TempDir capture("capture");
    const fs::path out_path = capture / "stdout", err_path = capture / "stderr";
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int in = ::open("/dev/null", O_RDONLY);
        if (out < 0 || err < 0 || in < 0) _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        if (!working_dir.empty() && chdir(working_dir.c_str()) != 0) _exit(126);
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        if (search_path) execvp(program.c_str(), argv.data());
        else execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

}  // namespace

RunResult run_bordermap(const std::vector<std::string>& args, const fs::path& working_dir) {
    return run(BORDERMAP_BINARY, args, working_dir, false);
}

RunResult run_program(const std::string& program, const std::vector<std::string>& args) { return run(program, args, {}, true); }

bool program_available(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream folders(path ? path : "");
    std::string folder;
    while (std::getline(folders, folder, ':')) {
        if (!folder.empty() && ::access((fs::path(folder) / program).c_str(), X_OK) == 0) return true;
    }
    return false;
}

fs::path source_dir() { return BORDERMAP_SOURCE_DIR; }
fs::path fixtures_dir() { return BORDERMAP_FIXTURES_DIR; }
fs::path golden_dir() { return BORDERMAP_GOLDEN_DIR; }
fs::path example_dir() { return source_dir() / "examples" / "sino-korean-border-1957-1962"; }
fs::path shared_reference_dir() { return fs::path(BORDERMAP_SHARED_REFERENCE_DIR).lexically_normal(); }

TempDir::TempDir(const std::string& name) {
    std::random_device seed;
    const auto base = fs::temp_directory_path() / ("bordermap-test-" + name + "-" + std::to_string(::getpid()) + "-" +
                                                    std::to_string(seed()));
    fs::create_directories(base);
    path_ = base;
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

std::vector<AtlasCase> atlas_cases() {
    return {AtlasCase{"example", example_dir(), {"crossings-1961", "crossings-1961-per-month", "sent-back-1961", "bodies-found-1961", "letters-1961"}},
            AtlasCase{"fixture", fixtures_dir() / "small-atlas", {"crossings", "rivers"}},
            AtlasCase{"classes", fixtures_dir() / "classes-atlas", {"natural-breaks", "unclassed", "diverging", "viridis"}}};
}

fs::path shared_atlases_dir() { return BORDERMAP_SHARED_ATLASES_DIR; }

const SharedAtlas& shared_atlas(const std::string& name) {
    static std::map<std::string, SharedAtlas> built;  // read once per test process
    if (const auto found = built.find(name); found != built.end()) return found->second;
    const fs::path folder = shared_atlases_dir() / name;
    SharedAtlas atlas{folder / "out", {}};
    if (!fs::exists(folder / "build.exit")) {
        ADD_FAILURE() << "the shared test atlas '" << name << "' has not been built in " << folder
                      << "; run the tests with ctest, which builds it first (ctest -R 'atlas\\." << name << "$' builds it alone)";
        return built[name] = atlas;
    }
    atlas.build.exit_code = std::stoi(read_file(folder / "build.exit"));
    atlas.build.out = read_file(folder / "build.stdout");
    atlas.build.err = read_file(folder / "build.stderr");
    return built[name] = atlas;
}

void copy_atlas(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    for (const char* file : {"atlas.toml", "figures.csv", "sources.csv"}) fs::copy_file(from / file, to / file);
}

void copy_outputs(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    for (const auto& entry : fs::directory_iterator(from)) {
        if (!entry.is_regular_file()) continue;
        const fs::path copy = to / entry.path().filename();
        fs::copy_file(entry.path(), copy);
        fs::last_write_time(copy, entry.last_write_time());
    }
}

void replace_in_file(const fs::path& path, const std::string& from, const std::string& to) {
    std::string content = read_file(path);
    const auto at = content.find(from);
    if (at == std::string::npos) {
        ADD_FAILURE() << "'" << from << "' is not in " << path;
        return;
    }
    content.replace(at, from.size(), to);
    write_file(path, content);
}

std::string python_import_failure(const std::string& module) {
    const RunResult r = run_program("/usr/bin/python3", {"-c", "import " + module});
    if (r.exit_code == 0) return {};
    std::string why = r.err.empty() ? "exit code " + std::to_string(r.exit_code) : r.err;
    while (!why.empty() && (why.back() == '\n' || why.back() == '\r')) why.pop_back();
    const auto last_line = why.rfind('\n');
    return last_line == std::string::npos ? why : why.substr(last_line + 1);
}

bool updating_goldens() {
    const char* value = std::getenv("BORDERMAP_UPDATE_GOLDENS");
    return value != nullptr && *value != '\0' && std::string(value) != "0";
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void write_file(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

nlohmann::json read_json(const fs::path& path) { return nlohmann::json::parse(read_file(path)); }

std::vector<std::string> list_files(const fs::path& folder) {
    std::vector<std::string> files;
    if (!fs::exists(folder)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), folder).string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

ImageDifference compare_png(const fs::path& a, const fs::path& b, int channel_threshold) {
    const Surface sa = load_png(a), sb = load_png(b);
    ImageDifference d;
    d.width_a = cairo_image_surface_get_width(sa.get());
    d.height_a = cairo_image_surface_get_height(sa.get());
    d.width_b = cairo_image_surface_get_width(sb.get());
    d.height_b = cairo_image_surface_get_height(sb.get());
    if (d.width_a != d.width_b || d.height_a != d.height_b) return d;
    long differing = 0;
    double total = 0;
    for (int y = 0; y < d.height_a; ++y) {
        for (int x = 0; x < d.width_a; ++x) {
            const auto pa = rgb(sa.get(), x, y), pb = rgb(sb.get(), x, y);
            int worst = 0;
            for (int c = 0; c < 3; ++c) {
                const int diff = std::abs(pa[c] - pb[c]);
                worst = std::max(worst, diff);
                total += diff;
            }
            if (worst > channel_threshold) ++differing;
        }
    }
    const double pixels = static_cast<double>(d.width_a) * d.height_a;
    d.differing_fraction = differing / pixels;
    d.mean_abs_difference = total / (pixels * 3);
    return d;
}

void write_difference_png(const fs::path& a, const fs::path& b, const fs::path& out) {
    const Surface sa = load_png(a), sb = load_png(b);
    const int w = std::min(cairo_image_surface_get_width(sa.get()), cairo_image_surface_get_width(sb.get()));
    const int h = std::min(cairo_image_surface_get_height(sa.get()), cairo_image_surface_get_height(sb.get()));
    Surface diff(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h));
    unsigned char* data = cairo_image_surface_get_data(diff.get());
    const int stride = cairo_image_surface_get_stride(diff.get());
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const auto pa = rgb(sa.get(), x, y), pb = rgb(sb.get(), x, y);
            const bool same = pa == pb;
            const std::uint32_t word = same ? 0xffe0e0e0u : 0xffff0000u;
            std::memcpy(data + y * stride + x * 4, &word, 4);
        }
    }
    cairo_surface_mark_dirty(diff.get());
    cairo_surface_write_to_png(diff.get(), out.c_str());
}

std::string pixel_hex(const fs::path& png, int x, int y) {
    const Surface s = load_png(png);
    const auto p = rgb(s.get(), x, y);
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", p[0], p[1], p[2]);
    return buffer;
}

}  // namespace bordermap::test
