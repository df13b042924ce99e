#include "bordermap/map/print_check.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace bordermap {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
using Vec = std::array<double, 3>;

Vec times(const Matrix& m, const Vec& v) {
    return {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
}

// Linear sRGB to CIE XYZ, D65 (IEC 61966-2-1).
constexpr Matrix rgb_to_xyz{{{0.4124564, 0.3575761, 0.1804375}, {0.2126729, 0.7151522, 0.0721750}, {0.0193339, 0.1191920, 0.9503041}}};

// The white is taken from the same matrix, so that every grey has a* = b* = 0 exactly.
const Vec& white() {
    static const Vec w = times(rgb_to_xyz, {1, 1, 1});
    return w;
}

double lab_f(double t) {
    constexpr double delta = 6.0 / 29.0;
    return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
}

double lab_f_inverse(double f) {
    constexpr double delta = 6.0 / 29.0;
    return f > delta ? f * f * f : 3 * delta * delta * (f - 4.0 / 29.0);
}

// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
// Vision Deficiency", IEEE TVCG 15(6):1291-1298, doi:10.1109/TVCG.2009.113: their published
// matrices for severity 1.0 (dichromacy), applied to linear sRGB. For tritanopia the model is
// generally thought less reliable than for the red-green deficiencies (Brettel, Viénot & Mollon 1997
// is the usual alternative there); it is used for all three so that the simulations are of one kind.
constexpr Matrix protanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix deuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix tritanopia{{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }
double radians(double deg) { return deg * std::numbers::pi / 180.0; }

// Why 4 (print_check_threshold). About 1 CIEDE2000 unit is just noticeable for large patches side by
// side; a map reader matches a region to a legend swatch across the page, which needs more. Brychtová &
// Çöltekin ("The effect of spatial distance on the discriminability of colors in maps", Cartography and
// Geographic Information Science, 2016) recommend 10 as a design target; that is a goal, not the point
// where classes merge, and most 5-class ColorBrewer schemes fall below it in grayscale. The merge point
// was calibrated instead against ColorBrewer's own colour-blind ratings (colorbrewer2.org, "blind"),
// over 54 sets: six diverging schemes of 3 to 7 classes and six sequential ones of 3 to 6. Under the
// simulated deficiencies the sets rated unsafe come out at 2.0 or less, those rated doubtful at 2.0 to
// 2.6 (RdYlGn) or 8.7 to 11.2 (Spectral), and those rated safe at 4.8 or more, but for PiYG 7 and
// GnBu 6 (3.8 and 3.7, which 4 flags). It also flags the 8- and 9-class YlOrRd and Blues in grayscale
// and Greys even in colour (3.0 to 3.6; ColorBrewer rates all three unfit for photocopying), and passes
// YlOrRd 5 in grayscale (8.6).

}  // namespace

double srgb_to_linear(double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); }

double linear_to_srgb(double v) { return v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055; }

Lab to_lab(const Colour& colour) {
    const Vec xyz = times(rgb_to_xyz, {srgb_to_linear(colour.r), srgb_to_linear(colour.g), srgb_to_linear(colour.b)});
    const double fx = lab_f(xyz[0] / white()[0]), fy = lab_f(xyz[1] / white()[1]), fz = lab_f(xyz[2] / white()[2]);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double ciede2000(const Lab& x, const Lab& y) {
    // Step 1: a* rescaled by G so that near-neutral colours are not over-weighted; C' and h'.
    const double c_mean_ab = (std::hypot(x.a, x.b) + std::hypot(y.a, y.b)) / 2;
    const double c7 = std::pow(c_mean_ab, 7);
    const double twenty_five_7 = 6103515625.0;  // 25^7
    const double g = 0.5 * (1 - std::sqrt(c7 / (c7 + twenty_five_7)));
    const double a1 = (1 + g) * x.a, a2 = (1 + g) * y.a;
    const double c1 = std::hypot(a1, x.b), c2 = std::hypot(a2, y.b);
    auto hue = [](double b, double a) {
        if (a == 0 && b == 0) return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(x.b, a1), h2 = hue(y.b, a2);

    // Step 2: differences. A neutral colour has no hue, so the hue difference is then zero.
    const double dL = y.L - x.L, dC = c2 - c1;
    const bool neutral = c1 * c2 == 0;
    double dh = 0;
    if (!neutral) {
        dh = h2 - h1;
        if (dh > 180) dh -= 360;
        else if (dh < -180) dh += 360;
    }
    const double dH = 2 * std::sqrt(c1 * c2) * std::sin(radians(dh / 2));

    // Step 3: weights at the pair's mean lightness, chroma and hue (the mean hue taken the short way round).
    const double L_mean = (x.L + y.L) / 2, c_mean = (c1 + c2) / 2;
    double h_mean = h1 + h2;
    if (!neutral) {
        if (std::fabs(h1 - h2) <= 180) h_mean /= 2;
        else h_mean = h_mean < 360 ? (h_mean + 360) / 2 : (h_mean - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(radians(h_mean - 30)) + 0.24 * std::cos(radians(2 * h_mean)) +
                     0.32 * std::cos(radians(3 * h_mean + 6)) - 0.20 * std::cos(radians(4 * h_mean - 63));
    const double d_theta = 30 * std::exp(-std::pow((h_mean - 275) / 25, 2));
    const double c_mean7 = std::pow(c_mean, 7);
    const double r_c = 2 * std::sqrt(c_mean7 / (c_mean7 + twenty_five_7));
    const double l50 = (L_mean - 50) * (L_mean - 50);
    const double s_l = 1 + 0.015 * l50 / std::sqrt(20 + l50);
    const double s_c = 1 + 0.045 * c_mean;
    const double s_h = 1 + 0.015 * c_mean * t;
    const double r_t = -std::sin(radians(2 * d_theta)) * r_c;

    const double l_term = dL / s_l, c_term = dC / s_c, h_term = dH / s_h;
    return std::sqrt(std::max(0.0, l_term * l_term + c_term * c_term + h_term * h_term + r_t * c_term * h_term));
}

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
        const double v = linear_to_srgb(std::clamp(lab_f_inverse((to_lab(colour).L + 16) / 116), 0.0, 1.0));
        return {v, v, v};
    }
    const Matrix& m = vision == Vision::protanopia ? protanopia : vision == Vision::deuteranopia ? deuteranopia : tritanopia;
    const Vec lin = times(m, {srgb_to_linear(colour.r), srgb_to_linear(colour.g), srgb_to_linear(colour.b)});
    // The matrices can step slightly out of gamut; a display cannot show that either.
    auto back = [](double v) { return linear_to_srgb(std::clamp(v, 0.0, 1.0)); };
    return {back(lin[0]), back(lin[1]), back(lin[2])};
}

PrintCheck check_print(const std::vector<Swatch>& classes, const std::optional<HatchSwatch>& no_data, double threshold) {
    PrintCheck out;
    out.threshold = threshold;
    // The swatches compared: every pair of classes, then the hatch against its fill.
    struct Pair {
        std::size_t first, second;
        Colour a, b;
        std::string first_label, second_label;
        double normal = 0;
    };
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < classes.size(); ++i)
        for (std::size_t j = i + 1; j < classes.size(); ++j)
            pairs.push_back({i, j, classes[i].colour, classes[j].colour, classes[i].label, classes[j].label, 0});
    if (no_data) {
        pairs.push_back({classes.size(), classes.size(), no_data->hatch, no_data->fill, no_data->label + " (hatching)",
                         no_data->label + " (background)", 0});
    }
    for (auto& p : pairs) p.normal = ciede2000(to_lab(p.a), to_lab(p.b));

    for (Vision vision : all_visions()) {
        VisionSummary summary{vision, std::numeric_limits<double>::infinity(), {}, {}};
        for (const auto& p : pairs) {
            const double d = vision == Vision::normal ? p.normal : ciede2000(to_lab(simulate(p.a, vision)), to_lab(simulate(p.b, vision)));
            if (d < summary.smallest) summary = {vision, d, p.first_label, p.second_label};
            const bool merged_by_this_vision = vision == Vision::normal || p.normal >= threshold;
            if (d < threshold && merged_by_this_vision) out.merges.push_back({vision, p.first, p.second, p.first_label, p.second_label, d});
        }
        out.summaries.push_back(summary);
    }
    return out;
}

}  // namespace bordermap
