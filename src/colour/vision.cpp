#include "bordermap/colour/vision.hpp"

#include <algorithm>

#include "bordermap/colour/lab.hpp"
#include "colour/matrix.hpp"

namespace bordermap {
namespace {

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
// Vision Deficiency", IEEE TVCG 15(6):1291-1298, doi:10.1109/TVCG.2009.113: their published
// matrices for severity 1.0 (dichromacy), applied to linear sRGB. For tritanopia the model is
// generally thought less reliable than for the red-green deficiencies (Brettel, Viénot & Mollon 1997
// is the usual alternative there); it is used for all three so that the simulations are of one kind.
constexpr Matrix protanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix deuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix tritanopia{{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

}  // namespace

const char* to_string(Vision vision) {
    switch (vision) {
        case Vision::normal: return "normal vision";
        case Vision::grayscale: return "grayscale";
        case Vision::protanopia: return "protanopia";
        case Vision::deuteranopia: return "deuteranopia";
        case Vision::tritanopia: return "tritanopia";
    }
    return "?";
}

std::vector<Vision> all_visions() {
    return {Vision::normal, Vision::grayscale, Vision::protanopia, Vision::deuteranopia, Vision::tritanopia};
}

Colour simulate(const Colour& colour, Vision vision) {
    if (vision == Vision::normal) return colour;
    if (vision == Vision::grayscale) {
        // The neutral colour of the same L*: linear R = G = B = Y / Yn.
        const double v = grey_of_lightness(to_lab(colour).L);
        return {v, v, v};
    }
    const Matrix& m = vision == Vision::protanopia ? protanopia : vision == Vision::deuteranopia ? deuteranopia : tritanopia;
    const Vec lin = times(m, {srgb_to_linear(colour.r), srgb_to_linear(colour.g), srgb_to_linear(colour.b)});
    // The matrices can step slightly out of gamut; a display cannot show that either.
    auto back = [](double v) { return linear_to_srgb(std::clamp(v, 0.0, 1.0)); };
    return {back(lin[0]), back(lin[1]), back(lin[2])};
}

}  // namespace bordermap
