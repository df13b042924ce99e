#include "bordermap/geo/gazetteer.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

// Of several features one name matches, the lowest tier wins: the atlas's own names, then ids, then
// the names the project keeps by hand (the Northeast's romanizations, its groups), then the world's
// units as Natural Earth names them, then Natural Earth's other spellings.
constexpr int own_tier = 0, id_tier = 1, kept_name_tier = 2, world_name_tier = 3, other_spelling_tier = 4;

}  // namespace

Gazetteer::Gazetteer(const Geodata& geodata, std::string unknown_fix) : geodata_(geodata), unknown_fix_(std::move(unknown_fix)) {
    std::map<std::string, std::string> country_names;  // alpha-2 -> English name
    for (const auto& f : geodata.features)
        if (f.kind == FeatureKind::country && f.layer == 0) country_names.emplace(f.id, f.name_en);
    for (const auto& f : geodata.features) {
        const int tier = f.layer > 0 ? own_tier : f.names_from_natural_earth ? world_name_tier : kept_name_tier;
        add(f.id, f.id, false, f.layer > 0 ? own_tier : id_tier);
        for (const auto* name : {&f.name_en, &f.name_zh, &f.name_ko}) add(*name, f.id, false, tier);
        // "Punjab (Pakistan)", "Punjab, Pakistan": a unit named after its country, where names repeat.
        const auto country = country_names.find(f.country);
        if (f.kind == FeatureKind::admin1 && country != country_names.end()) {
            add(f.name_en + " (" + country->second + ")", f.id, false, tier);
            add(f.name_en + ", " + country->second, f.id, false, tier);
        }
    }
    for (std::size_t i = 0; i < geodata.groups.size(); ++i) {
        const FeatureGroup& g = geodata.groups[i];
        const bool own = i >= geodata.bundled_groups;
        add(g.id, g.id, false, own ? own_tier : id_tier);
        for (const auto* name : {&g.name_en, &g.name_zh, &g.name_ko}) add(*name, g.id, false, own ? own_tier : kept_name_tier);
    }
    for (std::size_t i = 0; i < geodata.aliases.size(); ++i) {
        const Alias& alias = geodata.aliases[i];
        const int tier = i >= geodata.bundled_aliases ? own_tier : alias.system == other_spelling_system ? other_spelling_tier : kept_name_tier;
        add(alias.name, alias.id, alias.part, tier);
    }
}

void Gazetteer::add(const std::string& name, const std::string& id, bool part, int tier) {
    if (name.empty()) return;
    auto& entries = by_key_[name_key(name)];
    const auto known = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
    if (known == entries.end()) entries.push_back({name, id, part, tier});
    else known->tier = std::min(known->tier, tier);
}

Resolution Gazetteer::resolve(const std::string& name, const std::string& where) const {
    const auto found = by_key_.find(name_key(name));
    if (found == by_key_.end()) {
        std::string nearest;
        for (const auto& s : suggestions(name)) nearest += (nearest.empty() ? "" : ", ") + s;
        throw DataError(where, "the region '" + name + "' is not in the gazetteer",
                        "Did you mean " + nearest + "? " + unknown_fix_, "unknown_region");
    }
    const int best = std::min_element(found->second.begin(), found->second.end(), [](const Entry& a, const Entry& b) { return a.tier < b.tier; })->tier;
    std::vector<Entry> entries;
    std::copy_if(found->second.begin(), found->second.end(), std::back_inserter(entries), [&](const Entry& e) { return e.tier == best; });
    // A country and units of it by the same name (Belize, Aruba): the name means the country.
    if (entries.size() > 1) {
        const auto country = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) {
            const GeoFeature* f = geodata_.find(e.id);
            return f && f->kind == FeatureKind::country;
        });
        const bool only_its_units = country != entries.end() && std::all_of(entries.begin(), entries.end(), [&](const Entry& e) {
            const GeoFeature* f = geodata_.find(e.id);
            return &e == &*country || (f && f->kind == FeatureKind::admin1 && f->country == country->id);
        });
        if (only_its_units) entries = {*country};
    }
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
    // rank (0: the atlas's own and near or holding the name), distance, preference, display, id
    std::vector<std::tuple<int, std::size_t, int, std::string, std::string>> ranked;
    for (const auto& [candidate, entries] : by_key_) {
        const std::size_t distance = edit_distance(key, candidate);
        const bool holds = !key.empty() && (candidate.find(key) != std::string::npos || key.find(candidate) != std::string::npos);
        for (const auto& e : entries) {
            // Equally near: the names kept by hand, then the world's, its other spellings, and ids last.
            const int preference = e.tier == id_tier ? other_spelling_tier + 1 : e.tier;
            ranked.emplace_back(e.own() && (holds || distance <= near_enough) ? 0 : 1, distance, preference, e.display, e.id);
        }
    }
    std::sort(ranked.begin(), ranked.end());
    // The closest name of each feature, so that the suggestions are different places.
    std::vector<std::string> out, ids;
    if (count == 0) return out;
    for (const auto& [rank, distance, preference, display, id] : ranked) {
        if (!out.empty() && rank == 1 && distance > near_enough) break;
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
        ids.push_back(id);
        out.push_back(display == id ? "'" + id + "'" : "'" + display + "' (" + id + ")");
        if (out.size() == count) break;
    }
    return out;
}

}  // namespace bordermap
