#pragma once
// Writes go to a hidden temporary file beside the target and are renamed into place only
// when complete, so an interrupted or failed run never leaves a half-written output.
#include <filesystem>
#include <string>

namespace bordermap {

class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();  // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& temporary() const { return temporary_; }
    const std::filesystem::path& target() const { return target_; }
    // Writes `content` as the temporary file's whole content; DataError naming the target on failure.
    void write(const std::string& content);
    void commit();  // renames the temporary file onto the target

private:
    std::filesystem::path target_, temporary_;
    bool committed_ = false;
};

// Writes `content` to `target` atomically. Throws DataError naming the file on failure.
void write_file_atomically(const std::filesystem::path& target, const std::string& content);

// Creates the folder (and parents); throws DataError with the reason when it cannot.
void ensure_folder(const std::filesystem::path& folder);

}  // namespace bordermap
