#pragma once
// Internal: 3 × 3 matrices on colour vectors (sRGB ↔ XYZ, colour-vision simulation).
#include <array>

namespace bordermap {

using Matrix = std::array<std::array<double, 3>, 3>;
using Vec = std::array<double, 3>;

inline Vec times(const Matrix& m, const Vec& v) {
    return {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
}

}  // namespace bordermap
