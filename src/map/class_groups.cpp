#include "bordermap/map/class_groups.hpp"

#include <map>
#include <stdexcept>
#include <string>

namespace bordermap {

std::vector<std::vector<std::size_t>> class_groups(const std::vector<MapSpec>& maps) {
    std::vector<std::vector<std::size_t>> groups;
    std::map<std::string, std::size_t> by_name;  // class_group -> its list in `groups`
    for (std::size_t i = 0; i < maps.size(); ++i) {
        const std::string& name = maps[i].class_group;
        if (name.empty()) {
            groups.push_back({i});
            continue;
        }
        const auto [found, added] = by_name.emplace(name, groups.size());
        if (added) groups.emplace_back();
        groups[found->second].push_back(i);
    }
    return groups;
}

GroupClassifier::GroupClassifier(const Project& project)
    : project_(project),
      groups_(class_groups(project.atlas.maps)),
      group_of_(project.atlas.maps.size()),
      ready_(project.atlas.maps.size()),
      taken_(project.atlas.maps.size(), false) {
    for (std::size_t g = 0; g < groups_.size(); ++g)
        for (std::size_t i : groups_[g]) group_of_[i] = g;
}

ClassedMap GroupClassifier::take(std::size_t index) {
    if (index >= ready_.size() || taken_[index]) throw std::logic_error("GroupClassifier::take: map " + std::to_string(index) + " asked for twice");
    if (!ready_[index]) {
        const std::vector<std::size_t>& group = groups_[group_of_[index]];
        std::vector<JoinedMap> joins;
        joins.reserve(group.size());  // the classifier reads them through pointers
        for (std::size_t i : group) joins.push_back(join_map(project_, project_.atlas.maps[i]));
        std::vector<const JoinedMap*> pointers;
        for (const JoinedMap& joined : joins) pointers.push_back(&joined);
        std::vector<MapClasses> classes = classify_maps(pointers);
        for (std::size_t k = 0; k < group.size(); ++k) ready_[group[k]] = ClassedMap{std::move(joins[k]), std::move(classes[k])};
    }
    taken_[index] = true;
    ClassedMap out = std::move(*ready_[index]);
    ready_[index].reset();
    return out;
}

}  // namespace bordermap
