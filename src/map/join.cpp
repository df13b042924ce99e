#include "bordermap/map/join.hpp"

#include <algorithm>
#include <map>

#include "bordermap/core/error.hpp"

namespace bordermap {
namespace {

bool selected(const Period& figure, const MapSpec& map) {
    return map.rule == PeriodRule::within ? figure.within(map.period) : figure.overlaps(map.period);
}

}  // namespace

JoinedMap join_map(const Project& project, const MapSpec& map) {
    JoinedMap joined{&map, &project.atlas.indicators.at(map.indicator), {}, {}};

    std::map<std::string, Subject> subjects;  // by feature id, so the output order is stable
    auto add_subject = [&](const std::string& id) {
        if (!subjects.count(id)) subjects.emplace(id, Subject{project.geodata.find(id)});
    };
    for (const auto& name : map.regions) {
        for (const auto& id : project.gazetteer->resolve(name, map.where).features) add_subject(id);
    }

    for (const ResolvedFigure& resolved : project.resolved) {
        const Figure& figure = *resolved.figure;
        if (figure.indicator != map.indicator) continue;
        for (const auto& id : resolved.region.features) {
            add_subject(id);
            if (!selected(figure.period, map)) continue;
            Subject& subject = subjects.at(id);
            if (subject.figure) {
                throw DataError(figure.where,
                                "two figures for " + subject.feature->name_en + " fall in the period of map '" + map.id +
                                    "' (" + map.period.human() + "): this row and " + subject.figure->figure->where,
                                "Narrow the map's period, set period_rule = \"within\", or remove one of the figures.");
            }
            subject.figure = &resolved;
            subject.period_differs = !(figure.period == map.period);
        }
    }

    bool any_value = false;
    for (auto& [id, subject] : subjects) {
        any_value = any_value || subject.has_value();
        if (subject.figure) {
            const Source* source = subject.figure->source;
            if (std::find(joined.sources.begin(), joined.sources.end(), source) == joined.sources.end()) joined.sources.push_back(source);
        }
        joined.subjects.push_back(subject);
    }
    if (!any_value) {
        throw DataError(map.where,
                        "the map '" + map.id + "' has no figure of '" + map.indicator + "' for " + map.period.human(),
                        "Check the map's period and indicator against the figures table.");
    }
    return joined;
}

}  // namespace bordermap
