#include "bordermap/geo/gazetteer.hpp"

#include <algorithm>
#include <tuple>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"

namespace bordermap {

Gazetteer::Gazetteer(const Geodata& geodata, std::string unknown_fix) : geodata_(geodata), unknown_fix_(std::move(unknown_fix)) {
    for (const auto& f : geodata.features)
        for (const auto* name : {&f.id, &f.name_en, &f.name_zh, &f.name_ko}) add(*name, f.id, false, f.layer > 0);
    for (std::size_t i = 0; i < geodata.groups.size(); ++i) {
        const FeatureGroup& g = geodata.groups[i];
        for (const auto* name : {&g.id, &g.name_en, &g.name_zh, &g.name_ko}) add(*name, g.id, false, i >= geodata.bundled_groups);
    }
    for (std::size_t i = 0; i < geodata.aliases.size(); ++i) {
        const Alias& alias = geodata.aliases[i];
        add(alias.name, alias.id, alias.part, i >= geodata.bundled_aliases);
    }
}

void Gazetteer::add(const std::string& name, const std::string& id, bool part, bool own) {
    if (name.empty()) return;
    auto& entries = by_key_[name_key(name)];
    const auto known = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
    if (known == entries.end()) entries.push_back({name, id, part, own});
    else known->own = known->own || own;
}

Resolution Gazetteer::resolve(const std::string& name, const std::string& where) const {
    const auto found = by_key_.find(name_key(name));
    if (found == by_key_.end()) {
        std::string nearest;
        for (const auto& s : suggestions(name)) nearest += (nearest.empty() ? "" : ", ") + s;
        throw DataError(where, "the region '" + name + "' is not in the gazetteer",
                        "Did you mean " + nearest + "? " + unknown_fix_, "unknown_region");
    }
    const auto& entries = found->second;
    if (entries.size() > 1) {
        std::string candidates;
        for (const auto& e : entries) candidates += (candidates.empty() ? "" : ", ") + e.id;
        throw DataError(where, "the region '" + name + "' is ambiguous: it names " + candidates,
                        "Write the id of the one you mean instead.", "ambiguous_region");
    }
    const Entry& entry = entries.front();
    const std::string stands_for = entry.part ? entry.display : "";
    if (const FeatureGroup* group = geodata_.find_group(entry.id)) return {entry.id, group->members, true, stands_for};
    return {entry.id, {entry.id}, false, stands_for};
}

std::vector<std::string> Gazetteer::suggestions(const std::string& name, std::size_t count) const {
    const std::string key = name_key(name);
    // Far-off names are noise: beyond the closest one, only those within a few edits.
    const std::size_t near_enough = std::max<std::size_t>(2, edit_distance(key, "") / 3);
    // rank (0: the atlas's own and near or holding the name), distance, display, id
    std::vector<std::tuple<int, std::size_t, std::string, std::string>> ranked;
    for (const auto& [candidate, entries] : by_key_) {
        const std::size_t distance = edit_distance(key, candidate);
        const bool holds = !key.empty() && (candidate.find(key) != std::string::npos || key.find(candidate) != std::string::npos);
        for (const auto& e : entries) ranked.emplace_back(e.own && (holds || distance <= near_enough) ? 0 : 1, distance, e.display, e.id);
    }
    std::sort(ranked.begin(), ranked.end());
    // The closest name of each feature, so that the suggestions are different places.
    std::vector<std::string> out, ids;
    if (count == 0) return out;
    for (const auto& [rank, distance, display, id] : ranked) {
        if (!out.empty() && rank == 1 && distance > near_enough) break;
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
        ids.push_back(id);
        out.push_back(display == id ? "'" + id + "'" : "'" + display + "' (" + id + ")");
        if (out.size() == count) break;
    }
    return out;
}

}  // namespace bordermap
