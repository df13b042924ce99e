#pragma once
// Atlases written by a unit test as text: the test's own atlas.toml, loaded or rejected.
#include <string>

#include "bordermap/core/error.hpp"
#include "bordermap/model/atlas.hpp"
#include "test_support.hpp"

namespace bordermap::test {

// Writes `text` as DIR/atlas.toml and loads it.
Atlas load_atlas_text(const TempDir& dir, const std::string& text);
// The DataError that loading `text` as DIR/atlas.toml throws; DataError("(none)", ...) when it loads.
DataError atlas_text_error(const TempDir& dir, const std::string& text);
// "DIR/atlas.toml:LINE": how errors and map specs name a line of it.
std::string atlas_line(const TempDir& dir, int line);

}  // namespace bordermap::test
