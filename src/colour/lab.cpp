#include "bordermap/colour/lab.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "colour/matrix.hpp"

namespace bordermap {
namespace {

// Linear sRGB to CIE XYZ, D65 (IEC 61966-2-1), and back.
constexpr Matrix rgb_to_xyz{{{0.4124564, 0.3575761, 0.1804375}, {0.2126729, 0.7151522, 0.0721750}, {0.0193339, 0.1191920, 0.9503041}}};
constexpr Matrix xyz_to_rgb{{{3.2404542, -1.5371385, -0.4985314}, {-0.9692660, 1.8760108, 0.0415560}, {0.0556434, -0.2040259, 1.0572252}}};

// The white is taken from the same matrix, so that every grey has a* = b* = 0 exactly.
const Vec& white() {
    static const Vec w = times(rgb_to_xyz, {1, 1, 1});
    return w;
}

constexpr double delta = 6.0 / 29.0;
double lab_f(double t) { return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0; }
double lab_f_inverse(double f) { return f > delta ? f * f * f : 3 * delta * delta * (f - 4.0 / 29.0); }

double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }
double radians(double deg) { return deg * std::numbers::pi / 180.0; }

}  // namespace

double srgb_to_linear(double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); }

double linear_to_srgb(double v) { return v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055; }

Lab to_lab(const Colour& colour) {
    const Vec xyz = times(rgb_to_xyz, {srgb_to_linear(colour.r), srgb_to_linear(colour.g), srgb_to_linear(colour.b)});
    const double fx = lab_f(xyz[0] / white()[0]), fy = lab_f(xyz[1] / white()[1]), fz = lab_f(xyz[2] / white()[2]);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

Colour from_lab(const Lab& lab) {
    const double fy = (lab.L + 16) / 116, fx = fy + lab.a / 500, fz = fy - lab.b / 200;
    const Vec xyz{white()[0] * lab_f_inverse(fx), white()[1] * lab_f_inverse(fy), white()[2] * lab_f_inverse(fz)};
    const Vec rgb = times(xyz_to_rgb, xyz);
    auto channel = [](double v) { return std::clamp(linear_to_srgb(std::clamp(v, 0.0, 1.0)), 0.0, 1.0); };
    return {channel(rgb[0]), channel(rgb[1]), channel(rgb[2])};
}

Colour mix_in_lab(const Colour& from, const Colour& to, double f) {
    const Lab a = to_lab(from), b = to_lab(to);
    return from_lab({a.L + (b.L - a.L) * f, a.a + (b.a - a.a) * f, a.b + (b.b - a.b) * f});
}

double grey_of_lightness(double L) { return linear_to_srgb(std::clamp(lab_f_inverse((L + 16) / 116), 0.0, 1.0)); }

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

}  // namespace bordermap
