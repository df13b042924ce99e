#include "bordermap/render/png_resolution.hpp"

#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "bordermap/core/units.hpp"

namespace bordermap {
namespace {

constexpr std::string_view png_signature = "\x89PNG\r\n\x1a\n";
constexpr std::size_t chunk_overhead = 12;  // length, type and CRC around a chunk's data

std::uint32_t read_u32(const std::string& bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

void append_u32(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xff);
}

// One chunk as PNG lays it out: length, type, data, CRC-32 of type and data.
std::string chunk(std::string_view type, const std::string& data) {
    std::string out;
    append_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::string type_and_data = std::string(type) + data;
    out += type_and_data;
    append_u32(out, static_cast<std::uint32_t>(
                        crc32(0, reinterpret_cast<const Bytef*>(type_and_data.data()), static_cast<uInt>(type_and_data.size()))));
    return out;
}

struct Chunk {
    std::size_t at;  // where its length field starts
    std::size_t size;  // length field to CRC, inclusive
    std::string_view type;
};

// The chunk at `at`; throws when it runs past the end.
Chunk chunk_at(const std::string& png, std::size_t at) {
    if (at + chunk_overhead > png.size()) throw std::invalid_argument("a PNG chunk runs past the end of the file");
    const std::size_t length = read_u32(png, at);
    if (at + chunk_overhead + length > png.size()) throw std::invalid_argument("a PNG chunk runs past the end of the file");
    return {at, chunk_overhead + length, std::string_view(png).substr(at + 4, 4)};
}

void check_signature(const std::string& png) {
    if (!std::string_view(png).starts_with(png_signature)) throw std::invalid_argument("not a PNG file");
}

}  // namespace

std::string png_with_resolution(const std::string& png, double dpi) {
    check_signature(png);
    const Chunk header = chunk_at(png, png_signature.size());
    if (header.type != "IHDR") throw std::invalid_argument("a PNG file must start with its IHDR chunk");
    const auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / units::mm_per_inch * 1000.0));
    std::string data;
    append_u32(data, per_metre);
    append_u32(data, per_metre);
    data += '\x01';  // the unit is the metre
    const std::string resolution = chunk("pHYs", data);
    std::string out;
    out.reserve(png.size() + resolution.size());  // a page's PNG is megabytes: one allocation
    out.append(png, 0, header.at + header.size).append(resolution);
    for (std::size_t at = header.at + header.size; at < png.size();) {
        const Chunk c = chunk_at(png, at);
        if (c.type != "pHYs") out.append(png, c.at, c.size);
        at += c.size;
    }
    return out;
}

double png_resolution_dpi(const std::string& png) {
    check_signature(png);
    for (std::size_t at = png_signature.size(); at < png.size();) {
        const Chunk c = chunk_at(png, at);
        if (c.type == "pHYs" && c.size == chunk_overhead + 9 && png[c.at + 16] == '\x01')
            return read_u32(png, c.at + 8) * units::mm_per_inch / 1000.0;
        if (c.type == "IDAT") break;  // pHYs must come before the image data
        at += c.size;
    }
    return 0;
}

}  // namespace bordermap
