#pragma once
// SHA-256 of bytes, strings and files: what the provenance cites and what the build's manifest
// compares to decide whether an output is up to date.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace bordermap {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& add(std::string_view bytes);
    // A named part: "name=<length>:<bytes>;", so that parts cannot run into each other.
    Sha256& add(std::string_view name, std::string_view bytes);
    std::string hex() const;  // lower-case, 64 digits

private:
    struct State;
    std::unique_ptr<State> state_;
};

std::string sha256_hex(std::string_view bytes);

// The file's SHA-256, read in chunks; throws DataError naming the file when it cannot be read.
std::string sha256_file(const std::filesystem::path& file);

}  // namespace bordermap
