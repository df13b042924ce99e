#pragma once
// Selects the figures of one map and joins them to the features they describe.
#include <string>
#include <vector>

#include "bordermap/atlas/project.hpp"

namespace bordermap {

struct Subject {
    const GeoFeature* feature;
    const ResolvedFigure* figure = nullptr;  // nullptr: nothing reported for the map's period
    bool period_differs = false;             // the figure covers another span than the map

    bool has_value() const { return figure && figure->figure->value.has_value(); }
    double value() const { return *figure->figure->value; }
};

struct JoinedMap {
    const MapSpec* spec;
    const Indicator* indicator;
    std::vector<Subject> subjects;        // sorted by feature id
    std::vector<const Source*> sources;   // of the figures shown, in order of first use
};

// Subjects are every feature a figure of the map's indicator names (in any period) plus the
// map's extra regions. Two figures for one feature in the map's period are a DataError, and
// so is a map with no figure at all.
JoinedMap join_map(const Project& project, const MapSpec& map);

}  // namespace bordermap
