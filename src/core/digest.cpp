#include "bordermap/core/digest.hpp"

#include <glib.h>

#include <array>
#include <fstream>

#include "bordermap/core/error.hpp"

namespace bordermap {

struct Sha256::State {
    GChecksum* checksum = g_checksum_new(G_CHECKSUM_SHA256);
    ~State() { g_checksum_free(checksum); }
};

Sha256::Sha256() : state_(std::make_unique<State>()) {}
Sha256::~Sha256() = default;

Sha256& Sha256::add(std::string_view bytes) {
    g_checksum_update(state_->checksum, reinterpret_cast<const guchar*>(bytes.data()), static_cast<gssize>(bytes.size()));
    return *this;
}

Sha256& Sha256::add(std::string_view name, std::string_view bytes) {
    add(name);
    add("=" + std::to_string(bytes.size()) + ":");
    add(bytes);
    return add(";");
}

std::string Sha256::hex() const {
    // g_checksum_get_string closes the checksum; a copy keeps this one open for more parts.
    GChecksum* copy = g_checksum_copy(state_->checksum);
    std::string out = g_checksum_get_string(copy);
    g_checksum_free(copy);
    return out;
}

std::string sha256_hex(std::string_view bytes) { return Sha256().add(bytes).hex(); }

std::string sha256_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DataError(file.string(), "cannot be read", "Check that the file exists and is readable.");
    Sha256 sum;
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        sum.add(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    if (in.bad()) throw DataError(file.string(), "cannot be read", "Check that the file exists and is readable.");
    return sum.hex();
}

}  // namespace bordermap
