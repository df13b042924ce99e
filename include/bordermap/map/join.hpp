#pragma once
// Selects the figures of one map and joins them to the features they describe.
#include <memory>
#include <string>
#include <vector>

#include "bordermap/model/project.hpp"
#include "bordermap/geo/names.hpp"
#include "bordermap/geo/projection.hpp"

namespace bordermap {

struct Subject {
    // Its boundary; for a group's figure, the group's members merged into one feature.
    const GeoFeature* feature = nullptr;
    const FeatureGroup* group = nullptr;     // the group whose figure it shows, as one region
    NameChoice name;                         // its label: the name of the map's period where the gazetteer dates one
    const ResolvedFigure* figure = nullptr;  // nullptr: nothing reported for the map's period
    bool period_differs = false;             // the figure covers another span than the map
    // Figures of other sources for the same region and period that the map's prefer_source passed over.
    std::vector<const ResolvedFigure*> set_aside;
    double divisor = 1;                      // the map shows the figure divided by this (normalization)
    std::string divisor_text;                // for readers: "15 months", "population 11,290,073 (1953) / 1,000"
    const ResolvedFigure* population = nullptr;  // per_population: the population figure divided by
    bool listed = false;  // named by the map's `regions`, figure or not
    int footnote = 0;     // the number of its figure's note among the map's footnotes; 0: none

    bool has_value() const { return figure && figure->figure->value.has_value(); }
    double figure_value() const { return *figure->figure->value; }
    double value() const { return figure_value() / divisor; }  // as the map shows and classes it
};

struct JoinedMap {
    const MapSpec* spec;
    const Indicator* indicator;
    std::vector<Subject> subjects;        // sorted by feature id
    std::vector<const Source*> sources;   // of the figures shown (and populations), in order of first use
    std::string unit;                     // of the values shown: "people", "people per month"
    int decimals = 0;                     // the values' labels show this many decimals at most
    // The map's reference places (`places`) that are not subjects, in the order given.
    std::vector<const GeoFeature*> reference_places;
    // Regions its `footnotes` names that it shows no note for (no figure, or a figure without one).
    std::vector<std::string> footnotes_without_note;
    // The merged features of its groups' subjects (shared: joined maps are copied, panels merged).
    std::vector<std::shared_ptr<const GeoFeature>> group_features;
    // The area it shows (its extent, else its subjects' bounds, padded) and the projection it is
    // drawn in: the atlas's, or one chosen for the area of its page (all panels of a page share it).
    Box area;
    ProjectionChoice projection;
};

// The longitude/latitude box of the subjects' features, with some context around them.
Box padded_bounds(const std::vector<Subject>& subjects);

// Gives the maps drawn on one page (one map, or the panels of a small multiple) their shared
// projection: the atlas's where it names one, else one chosen for all their areas together.
void choose_page_projection(const std::vector<JoinedMap*>& page);
// The same for every page the maps make: the panels of one `multiple` share a page, each other map
// has its own.
void choose_projections_by_page(const std::vector<JoinedMap*>& maps);

// The geodata features a subject covers: its own, or its group's members.
std::vector<std::string> covered_feature_ids(const Subject& subject);

// Subjects are every feature a figure of the map's indicator names (in any period), a group's
// figure being one subject of its members merged (one value, once in the layer), plus the
// map's extra regions, each with its boundary valid in the map's period; with only_regions (a
// region series member), only the features those names resolve to (an unknown name is a
// DataError at the map's line with the gazetteer's suggestions). Two figures for one
// feature in the map's period are a DataError unless prefer_source chooses between their
// sources; so is a map with no figure at all, and a normalization without its divisor.
JoinedMap join_map(const Project& project, const MapSpec& map);

// Everything a page of small multiples states about its data, over all its panels at once: every
// panel's subjects, their sources in order of first use, the most decimals. The first panel's
// spec, indicator and unit.
JoinedMap merge_panels(const std::vector<const JoinedMap*>& panels);

// Months a period spans: whole months counted when it starts and ends on month boundaries.
double months_in(const Period& period);

}  // namespace bordermap
