#pragma once
// Builds the committed geodata extract from Natural Earth (world_map.gpkg of Debian's
// qgis-common) and the project's own tables in geodata/sources and geodata/places.csv.
#include <filesystem>
#include <string>

#include "bordermap/geo/geometry.hpp"
#include "bordermap/geo/geos.hpp"

namespace bordermap {

inline constexpr const char* debian_natural_earth = "/usr/share/qgis/resources/data/world_map.gpkg";

// Where the Yalu's and the Tumen's basins meet, near the summit of Mount Paektu (Changbai).
inline constexpr XY paektu_divide{128.08, 42.0};

struct BorderRivers {
    Geometry yalu;   // lines, from the divide downstream to the Yellow Sea
    Geometry tumen;  // lines, from the divide downstream to the Sea of Japan
};

// The China–North Korea boundary the two polygons share, split at the point nearest `divide`:
// the part west of it is the Yalu, the part east of it the Tumen. The North Korea–Russia
// boundary (the Tumen's last reach) is added to the Tumen when `russia` is not empty.
BorderRivers derive_border_rivers(const geos::Context& context, const Geometry& china, const Geometry& north_korea,
                                  const Geometry& russia, XY divide = paektu_divide);

struct GeodataBuildSummary {
    int countries = 0, admin1 = 0, rivers = 0, places = 0;
    double yalu_km = 0, tumen_km = 0;
};

// Reads `natural_earth` and `geodata_folder`/sources/*.csv and places.csv; writes
// countries/admin1/rivers/places .geojson into `output_folder`. Throws DataError.
GeodataBuildSummary build_geodata(const std::filesystem::path& natural_earth, const std::filesystem::path& geodata_folder,
                                  const std::filesystem::path& output_folder);

}  // namespace bordermap
