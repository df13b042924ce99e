#include <cairo.h>
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "bordermap/render/png_resolution.hpp"

using bordermap::png_resolution_dpi;
using bordermap::png_with_resolution;

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A small PNG as Cairo writes it (with no pHYs chunk).
std::string cairo_png(int width, int height) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    std::string png;
    cairo_surface_write_to_png_stream(surface, append, &png);
    cairo_surface_destroy(surface);
    return png;
}

struct Reader {
    const std::string& bytes;
    std::size_t at = 0;
};

cairo_status_t read(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<Reader*>(closure);
    if (reader->at + length > reader->bytes.size()) return CAIRO_STATUS_READ_ERROR;
    reader->bytes.copy(reinterpret_cast<char*>(data), length, reader->at);
    reader->at += length;
    return CAIRO_STATUS_SUCCESS;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST(PngResolution, CairoWritesNoneAndWeStateTheDpiInPixelsPerMetre) {
    const std::string plain = cairo_png(30, 20);
    EXPECT_EQ(png_resolution_dpi(plain), 0);
    const std::string stated = png_with_resolution(plain, 200);
    // 200 dpi is 7874 pixels per metre, which reads back as 199.9996 dpi.
    EXPECT_NEAR(png_resolution_dpi(stated), 200, 0.001);
    EXPECT_EQ(stated.size(), plain.size() + 21) << "one pHYs chunk: 9 bytes of data and 12 around them";
    EXPECT_EQ(stated.find("pHYs"), 37u) << "right after the IHDR chunk";
}

TEST(PngResolution, APngWithAResolutionGetsTheNewOneOnly) {
    const std::string twice = png_with_resolution(png_with_resolution(cairo_png(4, 4), 96), 600);
    EXPECT_EQ(count(twice, "pHYs"), 1u);
    EXPECT_NEAR(png_resolution_dpi(twice), 600, 0.01);
}

TEST(PngResolution, TheResultIsAPngThatCairoReads) {
    const std::string stated = png_with_resolution(cairo_png(30, 20), 300);
    Reader reader{stated};
    cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(read, &reader);
    EXPECT_EQ(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS) << "the chunk's CRC or layout is wrong";
    EXPECT_EQ(cairo_image_surface_get_width(surface), 30);
    EXPECT_EQ(cairo_image_surface_get_height(surface), 20);
    cairo_surface_destroy(surface);
}

TEST(PngResolution, WhatIsNotAPngIsRefused) {
    EXPECT_THROW(png_with_resolution("GIF89a", 200), std::invalid_argument);
    const std::string cut = cairo_png(4, 4).substr(0, 20);
    EXPECT_THROW(png_with_resolution(cut, 200), std::invalid_argument);
}
