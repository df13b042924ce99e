#pragma once
// Which name labels a feature on a map of a given period: Andong, not Dandong, on a map of 1961.
#include <string>
#include <unordered_map>
#include <vector>

#include "bordermap/data/period.hpp"
#include "bordermap/geo/geodata.hpp"

namespace bordermap {

struct Naming {
    // "period": the name in use in the map's period where the gazetteer dates one;
    // "modern": always today's name.
    enum class Policy { of_period, modern } policy = Policy::of_period;
    // The writing systems a label may use, best first (gazetteer `system` values).
    std::vector<std::string> systems{"pinyin", "en"};
};

struct NameChoice {
    std::string name;
    const Alias* alias = nullptr;  // the dated gazetteer name chosen instead of today's; nullptr: today's
};

// The label of feature or group `id`, whose modern English name is `modern`. A dated "name"
// entry of the gazetteer in one of the naming's systems replaces it when its years cover at
// least half of `period`; the one covering most wins, then the earlier system in the list.
NameChoice label_name(const Geodata& geodata, const std::string& id, const std::string& modern, const Period& period,
                      const Naming& naming);

// label_name for every feature and group of one period at once: the gazetteer is read once, not
// once per feature (a map of the world's 4,500 first-level units names every one of them).
class PeriodNames {
public:
    PeriodNames(const Geodata& geodata, const Period& period, const Naming& naming);
    // What label_name(geodata, id, modern, period, naming) returns.
    NameChoice of(const std::string& id, const std::string& modern) const;

private:
    std::unordered_map<std::string, const Alias*> chosen_;  // only ids a name of the period labels
};

}  // namespace bordermap
