#pragma once
// Shared by the unit and end-to-end tests.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace bordermap::test {

namespace fs = std::filesystem;

struct RunResult {
    int exit_code = -1;
    std::string out, err;
};

// Runs the built bordermap binary with `args` (no shell), capturing stdout and stderr.
RunResult run_bordermap(const std::vector<std::string>& args, const fs::path& working_dir = {});
// Runs any program found on PATH the same way.
RunResult run_program(const std::string& program, const std::vector<std::string>& args);
bool program_available(const std::string& program);

fs::path source_dir();
fs::path fixtures_dir();
fs::path golden_dir();
fs::path example_dir();
fs::path shared_reference_dir();

// A fresh empty folder under the system temp folder, removed when the object dies.
class TempDir {
public:
    explicit TempDir(const std::string& name);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& child) const { return path_ / child; }

private:
    fs::path path_;
};

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The atlases the GIS tests run on: the bundled example, the small fixture and the classes-and-colours
// fixture, with their maps. (Panels of small multiples are left out: their layers share classes that
// one panel need not use and have no PNG of their own; tests/e2e/test_styles.cpp checks them.)
struct AtlasCase {
    std::string name;
    fs::path folder;
    std::vector<std::string> maps;
};
inline std::ostream& operator<<(std::ostream& out, const AtlasCase& c) { return out << c.name; }
std::vector<AtlasCase> atlas_cases();

// An atlas the suite builds once per CTest run, before any test reads it (the CTest fixtures
// "atlas.<name>" of tests/CMakeLists.txt): `out` holds its outputs, `build` what `bordermap build`
// printed and returned. Tests only read it; one that changes outputs builds its own copy.
struct SharedAtlas {
    fs::path out;
    RunResult build;
};
// Fails the test (the atlas was not built: the test ran outside CTest) with how to build it.
const SharedAtlas& shared_atlas(const std::string& name);
// Where the shared atlases are built: BUILD/tests/atlases.
fs::path shared_atlases_dir();

// Copies an atlas (atlas.toml, figures.csv, sources.csv) into `to`, to be edited by a test.
void copy_atlas(const fs::path& from, const fs::path& to);
// Copies a build's output folder (the shared atlas's, say) with each file's modification time, so
// that a build into the copy finds it up to date, as it would the folder it wrote itself.
void copy_outputs(const fs::path& from, const fs::path& to);
// Replaces the first `from` in the file with `to`; fails the test when `from` is not there.
void replace_in_file(const fs::path& path, const std::string& from, const std::string& to);

// Empty when Debian's /usr/bin/python3 imports `module`; otherwise the last line of why not.
std::string python_import_failure(const std::string& module);

// True when BORDERMAP_UPDATE_GOLDENS is set (to anything but 0): the golden tests then rewrite
// tests/golden/ from what was built instead of comparing (look at the changes before committing).
bool updating_goldens();

std::string read_file(const fs::path& path);
void write_file(const fs::path& path, const std::string& content);
nlohmann::json read_json(const fs::path& path);
// Every regular file under `folder`, relative, sorted (hidden temporaries included).
std::vector<std::string> list_files(const fs::path& folder);

struct ImageDifference {
    int width_a = 0, height_a = 0, width_b = 0, height_b = 0;
    double differing_fraction = 1.0;  // pixels whose channels differ by more than the threshold
    double mean_abs_difference = 255;
};
// Compares two PNG files pixel by pixel; `channel_threshold` in 0-255.
ImageDifference compare_png(const fs::path& a, const fs::path& b, int channel_threshold = 40);
// Writes an image highlighting where two PNGs differ (for failure reports).
void write_difference_png(const fs::path& a, const fs::path& b, const fs::path& out);
// The RGB colour of a pixel of a PNG as "#rrggbb".
std::string pixel_hex(const fs::path& png, int x, int y);

}  // namespace bordermap::test
