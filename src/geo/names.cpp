#include "bordermap/geo/names.hpp"

#include <algorithm>
#include <optional>

namespace bordermap {
namespace {

// How well a gazetteer name fits as a label of the period: the days it was in use within it and
// its system's place in the naming's list; nothing when it cannot label (a part, undated, another
// system, in use for less than half the period).
struct Fit {
    long days = 0;
    std::size_t rank = 0;
};

std::optional<Fit> fit(const Alias& alias, const Period& period, const Naming& naming) {
    if (alias.part || !alias.in_use.dated()) return std::nullopt;
    const auto system = std::find(naming.systems.begin(), naming.systems.end(), alias.system);
    if (system == naming.systems.end()) return std::nullopt;
    const long days = alias.in_use.days_within(period);
    if (2 * days < period.days()) return std::nullopt;
    return Fit{days, static_cast<std::size_t>(system - naming.systems.begin())};
}

// The best name of the period so far for one id: the one in use longest, then the earlier system.
struct Best {
    const Alias* alias = nullptr;
    Fit fit;

    void consider(const Alias& candidate, const Fit& f) {
        if (!alias || f.days > fit.days || (f.days == fit.days && f.rank < fit.rank)) *this = {&candidate, f};
    }
};

}  // namespace

NameChoice label_name(const Geodata& geodata, const std::string& id, const std::string& modern, const Period& period,
                      const Naming& naming) {
    if (naming.policy == Naming::Policy::modern) return {modern, nullptr};
    Best best;
    for (const Alias& alias : geodata.aliases) {
        if (alias.id != id) continue;
        if (const auto f = fit(alias, period, naming)) best.consider(alias, *f);
    }
    return best.alias ? NameChoice{best.alias->name, best.alias} : NameChoice{modern, nullptr};
}

PeriodNames::PeriodNames(const Geodata& geodata, const Period& period, const Naming& naming) {
    if (naming.policy == Naming::Policy::modern) return;
    std::unordered_map<std::string, Best> best;
    for (const Alias& alias : geodata.aliases)
        if (const auto f = fit(alias, period, naming)) best[alias.id].consider(alias, *f);
    for (const auto& [id, b] : best) chosen_.emplace(id, b.alias);
}

NameChoice PeriodNames::of(const std::string& id, const std::string& modern) const {
    const auto found = chosen_.find(id);
    return found == chosen_.end() ? NameChoice{modern, nullptr} : NameChoice{found->second->name, found->second};
}

}  // namespace bordermap
