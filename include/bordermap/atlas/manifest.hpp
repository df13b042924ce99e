#pragma once
// The build's record in its output folder (.bordermap-manifest.json): for every file a build
// wrote, what it was made from and the size and time the file had then. The next build compares
// both to decide what to write again, and removes only files the record lists.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bordermap {

inline constexpr const char* manifest_file_name = ".bordermap-manifest.json";

// Part ("figures", "style", "settings", "geodata", "bordermap", "content" ...) -> its digest.
using MadeFrom = std::map<std::string, std::string>;

struct FileState {
    std::uintmax_t size = 0;
    std::int64_t modified_ns = 0;
    bool operator==(const FileState&) const = default;
};
std::optional<FileState> file_state(const std::filesystem::path& file);  // nullopt: no such file

struct ManifestEntry {
    std::string map;  // the map (or small multiples figure) it belongs to; "" for atlas-wide files
    MadeFrom made_from;
    FileState state;
};

struct Manifest {
    std::map<std::string, ManifestEntry> outputs;  // by file name within the output folder
};

// nullopt when the folder has no record. A record that cannot be read is a DataError naming it.
std::optional<Manifest> read_manifest(const std::filesystem::path& folder);

// Written atomically, so an interrupted build leaves the previous record or this one.
void write_manifest(const std::filesystem::path& folder, const Manifest& manifest);

// Why an output must be written: a state ("new", "missing", "changed since it was written" ...)
// or the parts of what it is made from that changed ("figures", "style" ...). Empty: up to date.
struct Why {
    std::string state;
    std::vector<std::string> changed;
    bool empty() const { return state.empty() && changed.empty(); }
    std::string words() const;  // "new", "figures and style changed"
};

Why why_stale(const ManifestEntry* recorded, const MadeFrom& made_from, const std::optional<FileState>& on_disk);

}  // namespace bordermap
