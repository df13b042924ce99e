#pragma once
// Lengths on the page. Inside bordermap every length on a page is in typographic points (1/72 in);
// files and settings give them in millimetres.
namespace bordermap::units {

inline constexpr double mm = 72.0 / 25.4;         // one millimetre, in points: 5 * mm
inline constexpr double mm_per_pt = 25.4 / 72.0;  // one point, in millimetres (QGIS styles are in mm)
inline constexpr double mm_per_inch = 25.4;       // resolutions are in dots per inch; PNG states them per metre

}  // namespace bordermap::units
