// The floors of src/README.md hold: no file includes a header of a floor above its own, and every
// folder of src/ and include/bordermap/ is one of the floors listed there.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

// The floors in order, lowest first, as src/README.md lists them ("1. `core/` — ...").
std::vector<std::string> floors_in_readme() {
    std::ifstream in(source_dir() / "src" / "README.md");
    std::vector<std::string> floors;
    for (std::string line; std::getline(in, line);) {
        const auto dot = line.find(". `");
        const auto end = line.find("/`");
        const bool numbered = dot > 0 && dot != std::string::npos && std::all_of(line.begin(), line.begin() + static_cast<long>(dot), ::isdigit);
        if (numbered && end != std::string::npos && end > dot + 3) floors.push_back(line.substr(dot + 3, end - dot - 3));
    }
    return floors;
}

struct Include {
    fs::path file;
    int line = 0;
    std::string from, to, header;  // floors, and the header as written
};

// The floor a header names: "bordermap/geo/x.hpp" and "geo/x.hpp" are geo; "x.hpp" is the file's own.
std::string floor_of_header(const std::string& header, const std::string& own) {
    const auto slash = header.find('/');
    if (slash == std::string::npos) return own;
    if (header.starts_with("bordermap/")) {
        const std::string rest = header.substr(10);
        const auto next = rest.find('/');
        return next == std::string::npos ? "core" : rest.substr(0, next);  // bordermap/config.hpp: core
    }
    return header.substr(0, slash);
}

// The header of a line `#include "header"`, or "" for any other line.
std::string quoted_include(const std::string& line) {
    const auto hash = line.find_first_not_of(" \t");
    if (hash == std::string::npos || line[hash] != '#') return {};
    const auto word = line.find_first_not_of(" \t", hash + 1);
    if (word == std::string::npos || line.compare(word, 7, "include") != 0) return {};
    const auto open = line.find('"', word + 7), close = line.find('"', open + 1);
    if (open == std::string::npos || close == std::string::npos || line.find_first_not_of(" \t", word + 7) != open) return {};
    return line.substr(open + 1, close - open - 1);
}

// Every quoted include of the library's and the command line's files, with the floors on each side.
std::vector<Include> includes() {
    std::vector<Include> out;
    for (const fs::path& root : {source_dir() / "src", source_dir() / "include" / "bordermap"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file()) continue;
            const fs::path relative = entry.path().lexically_relative(root);
            if (std::distance(relative.begin(), relative.end()) < 2) continue;  // src/CMakeLists.txt, config.hpp.in
            const std::string own = relative.begin()->string();
            std::ifstream in(entry.path());
            int number = 0;
            for (std::string line; std::getline(in, line);) {
                ++number;
                const std::string header = quoted_include(line);
                if (!header.empty()) out.push_back({entry.path(), number, own, floor_of_header(header, own), header});
            }
        }
    }
    return out;
}

}  // namespace

TEST(Layers, TheReadmeListsTheFloorsInOrder) {
    const auto floors = floors_in_readme();
    ASSERT_GE(floors.size(), 5u) << "src/README.md lists no floors as '1. `core/` — ...'";
    EXPECT_EQ(floors.front(), "core");
    EXPECT_EQ(floors.back(), "cli") << "the command line only drives the library: it is the top floor";
}

TEST(Layers, EveryFolderIsAListedFloor) {
    const auto floors = floors_in_readme();
    for (const fs::path& root : {source_dir() / "src", source_dir() / "include" / "bordermap"}) {
        for (const auto& entry : fs::directory_iterator(root)) {
            if (!entry.is_directory()) continue;
            const std::string name = entry.path().filename().string();
            EXPECT_NE(std::find(floors.begin(), floors.end(), name), floors.end())
                << entry.path().string() << " is no floor of src/README.md: add it there, in its place";
        }
    }
}

TEST(Layers, NoFileIncludesAHeaderOfAHigherFloor) {
    const auto floors = floors_in_readme();
    std::map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < floors.size(); ++i) rank[floors[i]] = i;
    const auto all = includes();
    ASSERT_GT(all.size(), 100u) << "the sources were not found under " << source_dir().string();
    for (const Include& include : all) {
        if (!rank.count(include.from) || !rank.count(include.to)) continue;  // reported by EveryFolderIsAListedFloor
        EXPECT_LE(rank[include.to], rank[include.from])
            << include.file.string() << ":" << include.line << ": " << include.from << "/ includes \"" << include.header << "\" of "
            << include.to << "/, a higher floor (src/README.md)";
    }
}

TEST(Layers, ExportDoesNotNeedRender) {
    // The GIS layers and their styles come from the joined and classed maps, never from a drawing.
    for (const Include& include : includes())
        EXPECT_FALSE(include.from == "export" && include.to == "render") << include.file.string() << ":" << include.line;
}
