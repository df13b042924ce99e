#include "bordermap/core/atomic_file.hpp"

#include <unistd.h>

#include <fstream>
#include <system_error>

#include "bordermap/core/error.hpp"

namespace bordermap {

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)),
      // The process id keeps two concurrent writers of one target apart.
      temporary_(target_.parent_path() / ("." + target_.filename().string() + ".tmp" + std::to_string(::getpid()))) {}

AtomicFile::~AtomicFile() {
    if (!committed_) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
}

void AtomicFile::commit() {
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) {
        throw DataError(target_.string(), "cannot be written (" + error.message() + ")",
                        "Check that the output folder is writable and the disk is not full.");
    }
    committed_ = true;
}

void AtomicFile::write(const std::string& content) {
    std::ofstream out(temporary_, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) throw DataError(target_.string(), "cannot be written", "Check that the output folder is writable and the disk is not full.");
}

void write_file_atomically(const std::filesystem::path& target, const std::string& content) {
    AtomicFile file(target);
    file.write(content);
    file.commit();
}

void ensure_folder(const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder)) {
        throw DataError(folder.string(), "cannot be created as an output folder (" +
                                             (error ? error.message() : std::string("a file has that name")) + ")",
                        "Choose another output folder with -o, or fix its permissions.");
    }
}

}  // namespace bordermap
