#pragma once
// Internal: reading a TOML file (atlas, style, geodata's about.toml) with errors that name the line.
#include <filesystem>
#include <string>
#include <toml++/toml.h>

#include "bordermap/core/error.hpp"

namespace bordermap {

inline toml::table read_toml_file(const std::filesystem::path& file) {
    try {
        return toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        throw DataError(at_line(file.string(), static_cast<long>(e.source().begin.line)), "is not valid TOML: " + std::string(e.description()),
                        "Fix the syntax on that line (strings in quotes, one key = value per line).");
    }
}

}  // namespace bordermap
