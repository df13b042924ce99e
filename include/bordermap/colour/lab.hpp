#pragma once
// Colour science in sRGB (IEC 61966-2-1), CIELAB (D65) and CIEDE2000: one implementation for the
// palettes' ramps and the print check.
#include "bordermap/colour/colour.hpp"

namespace bordermap {

struct Lab {
    double L = 0, a = 0, b = 0;
};

// sRGB transfer function, one channel in 0..1, both ways.
double srgb_to_linear(double v);
double linear_to_srgb(double v);

// CIELAB under D65 (the sRGB white, taken from the sRGB matrix so that every grey has a* = b* = 0),
// L* in 0..100, and back (out-of-gamut colours clamped to sRGB).
Lab to_lab(const Colour& colour);
Colour from_lab(const Lab& lab);

// The colour a fraction `f` of the way from `from` to `to`, interpolated in CIELAB so that equal
// steps look like equal steps.
Colour mix_in_lab(const Colour& from, const Colour& to, double f);

// CIEDE2000 colour difference (CIE 142-2001; as written out by Sharma, Wu & Dalal 2005),
// with the parametric factors kL = kC = kH = 1. Symmetric in its arguments.
double ciede2000(const Lab& x, const Lab& y);

// CIE L* of a lightness back to the neutral sRGB channel value of that lightness.
double grey_of_lightness(double L);

}  // namespace bordermap
