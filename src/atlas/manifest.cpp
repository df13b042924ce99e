#include "bordermap/atlas/manifest.hpp"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "bordermap/config.hpp"
#include "bordermap/core/atomic_file.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/map/notes.hpp"

namespace bordermap {
namespace {

using Json = nlohmann::ordered_json;
constexpr int manifest_format = 1;

}  // namespace

std::optional<FileState> file_state(const std::filesystem::path& file) {
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (error || !std::filesystem::is_regular_file(status)) return std::nullopt;
    const auto size = std::filesystem::file_size(file, error);
    if (error) return std::nullopt;
    const auto modified = std::filesystem::last_write_time(file, error);
    if (error) return std::nullopt;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count();
    return FileState{size, static_cast<std::int64_t>(ns)};
}

std::optional<Manifest> read_manifest(const std::filesystem::path& folder) {
    const auto path = folder / manifest_file_name;
    if (!std::filesystem::exists(path)) return std::nullopt;
    const std::string fix = "Delete it, or build with --force: bordermap then writes every output again and a new record.";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path.string(), "cannot be read", fix);
    Manifest manifest;
    try {
        const Json document = Json::parse(in);
        if (document.at("format").get<int>() != manifest_format) {
            throw DataError(path.string(), "is a build record of another format (" + document.at("format").dump() + ")", fix);
        }
        for (const auto& [file, entry] : document.at("outputs").items()) {
            ManifestEntry e;
            e.map = entry.at("map").get<std::string>();
            for (const auto& [part, digest] : entry.at("made_from").items()) e.made_from[part] = digest.get<std::string>();
            e.state.size = entry.at("size").get<std::uintmax_t>();
            e.state.modified_ns = entry.at("modified_ns").get<std::int64_t>();
            manifest.outputs.emplace(file, std::move(e));
        }
    } catch (const nlohmann::json::exception& e) {
        throw DataError(path.string(), std::string("is not a build record bordermap can read (") + e.what() + ")", fix);
    }
    return manifest;
}

void write_manifest(const std::filesystem::path& folder, const Manifest& manifest) {
    Json outputs = Json::object();
    for (const auto& [file, entry] : manifest.outputs) {
        Json made_from = Json::object();
        for (const auto& [part, digest] : entry.made_from) made_from[part] = digest;
        outputs[file] = {{"map", entry.map}, {"made_from", made_from}, {"size", entry.state.size}, {"modified_ns", entry.state.modified_ns}};
    }
    const Json document{{"format", manifest_format},
                        {"written_by", std::string("bordermap ") + config::version},
                        {"about", "What each output was made from; bordermap build reads it to write only what changed."},
                        {"outputs", outputs}};
    write_file_atomically(folder / manifest_file_name, document.dump(1) + "\n");
}

std::string Why::words() const {
    std::vector<std::string> parts;
    if (!state.empty()) parts.push_back(state);
    if (!changed.empty()) parts.push_back(list_in_words(changed) + " changed");
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
    return out;
}

Why why_stale(const ManifestEntry* recorded, const MadeFrom& made_from, const std::optional<FileState>& on_disk) {
    if (!recorded) return {on_disk ? "not written by the last build" : "new", {}};
    if (!on_disk) return {"missing", {}};
    if (*on_disk != recorded->state) return {"changed since it was written", {}};
    Why why;
    for (const auto& [part, digest] : made_from) {
        const auto before = recorded->made_from.find(part);
        if (before == recorded->made_from.end() || before->second != digest) why.changed.push_back(part == "bordermap" ? "bordermap version" : part);
    }
    for (const auto& [part, _] : recorded->made_from)
        if (!made_from.count(part)) why.changed.push_back(part);
    return why;
}

}  // namespace bordermap
