#include "bordermap/core/bundled.hpp"

#include <system_error>

#include "bordermap/config.hpp"

namespace bordermap {

std::filesystem::path bundled_path(const std::string& relative) {
    // Next to an installed binary (PREFIX/bin/bordermap -> PREFIX/share/bordermap), else the source tree.
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto installed = self.parent_path().parent_path() / "share" / "bordermap" / relative;
        if (std::filesystem::exists(installed)) return installed;
    }
    return std::filesystem::path(config::source_dir) / relative;
}

}  // namespace bordermap
