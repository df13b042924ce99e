#pragma once
// A map's provenance: every figure it shows with its row, source, pages, qualifier and period,
// what it was divided by, what was set aside, the names and boundaries used, and the versions of
// the geodata and style. Written beside the map as <id>.provenance.json.
#include <filesystem>
#include <string>

#include "bordermap/model/project.hpp"
#include "bordermap/map/join.hpp"

namespace bordermap {

// The provenance as JSON text (2-space indented, keys in a fixed order, ends with a newline).
// Paths are relative to the atlas folder so the file does not depend on where the atlas lives.
std::string provenance_json(const Project& project, const JoinedMap& joined);

// SHA-256 of what the map shows, as its provenance says it but without the rows and lines cited
// (a figure moved within its table changes no drawing): `figures` covers the regions, their
// figures, divisors and sources; `notes` the names of the period and the footer's notes.
struct ShownDigests {
    std::string figures, notes;
};
ShownDigests shown_digests(const Project& project, const JoinedMap& joined);

}  // namespace bordermap
