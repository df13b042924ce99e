#pragma once
// Which maps are classified together, so that a colour means the same number in each of them.
#include <cstddef>
#include <optional>
#include <vector>

#include "bordermap/model/project.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/map/classes.hpp"

namespace bordermap {

// Indices into `maps` of the maps classed together: one list per non-empty MapSpec::class_group
// (its maps in atlas order, adjacent or not) and one list of its own for every other map; the
// lists in the order of their first map. Every index is in exactly one list.
std::vector<std::vector<std::size_t>> class_groups(const std::vector<MapSpec>& maps);

// A map's join and the classes it shares with its class group.
struct ClassedMap {
    JoinedMap joined;
    MapClasses classes;
};

// Joins and classes the atlas's maps one class group at a time, on demand: asking for one map
// joins every map of its group and classes them together, so that a map built alone gets the
// same classes as in a build of the whole atlas. Join errors (DataError) propagate.
class GroupClassifier {
public:
    explicit GroupClassifier(const Project& project);
    // The join and classes of project.atlas.maps[index], moved out: ask for each map once.
    ClassedMap take(std::size_t index);

private:
    const Project& project_;
    std::vector<std::vector<std::size_t>> groups_;
    std::vector<std::size_t> group_of_;
    std::vector<std::optional<ClassedMap>> ready_;
    std::vector<bool> taken_;
};

}  // namespace bordermap
