#pragma once
// A map's provenance: every figure it shows with its row, source, pages, qualifier and period,
// what it was divided by, what was set aside, the names and boundaries used, and the versions of
// the geodata and style. Written beside the map as <id>.provenance.json.
#include <filesystem>
#include <string>

#include "bordermap/atlas/project.hpp"
#include "bordermap/map/join.hpp"

namespace bordermap {

// SHA-256 of the files the geodata was read from (bundled and the atlas's own layers and names),
// so that a reader can tell whether two maps were drawn on the same boundaries.
std::string geodata_digest(const Project& project);

// The provenance as JSON text (2-space indented, keys in a fixed order, ends with a newline).
// Paths are relative to the atlas folder so the file does not depend on where the atlas lives.
std::string provenance_json(const Project& project, const JoinedMap& joined);

}  // namespace bordermap
