#include "bordermap/model/map_spec.hpp"

#include <algorithm>

namespace bordermap {

bool MapSpec::has(MapFormat format) const { return std::find(formats.begin(), formats.end(), format) != formats.end(); }

}  // namespace bordermap
