#include "bordermap/geo/names.hpp"

#include <algorithm>

namespace bordermap {

NameChoice label_name(const Geodata& geodata, const std::string& id, const std::string& modern, const Period& period,
                      const Naming& naming) {
    NameChoice choice{modern, nullptr};
    if (naming.policy == Naming::Policy::modern) return choice;
    long best_days = 0;
    std::size_t best_rank = naming.systems.size();
    for (const Alias& alias : geodata.aliases) {
        if (alias.id != id || alias.part || !alias.in_use.dated()) continue;
        const auto system = std::find(naming.systems.begin(), naming.systems.end(), alias.system);
        if (system == naming.systems.end()) continue;
        const long days = alias.in_use.days_within(period);
        const auto rank = static_cast<std::size_t>(system - naming.systems.begin());
        if (2 * days < period.days()) continue;  // in use for less than half the period
        if (days > best_days || (days == best_days && rank < best_rank)) {
            best_days = days;
            best_rank = rank;
            choice = {alias.name, &alias};
        }
    }
    return choice;
}

}  // namespace bordermap
