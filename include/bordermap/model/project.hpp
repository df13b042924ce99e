#pragma once
// An atlas with everything it refers to loaded, and every figure checked and resolved.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bordermap/model/atlas.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/data/figures.hpp"
#include "bordermap/geo/gazetteer.hpp"
#include "bordermap/geo/geodata.hpp"

namespace bordermap {

// What a derived figure's derivation comes to, with the figures it refers to.
struct Derived {
    double value = 0;
    std::string in_words;           // "Liaoning and Jilin 4,701 − Liaoning 1,985"
    std::vector<std::string> rows;  // where each referenced figure was read ("figures.csv:3")
    bool from_qualified = false;    // a referenced figure is "about" or a bound
};

struct ResolvedFigure {
    const Figure* figure;
    Resolution region;
    const Source* source;
    std::optional<Derived> derived;  // for a figure with a derivation
};

// Not copyable or movable: the resolved figures point into the vectors it owns.
struct Project {
    Atlas atlas;
    std::vector<Figure> figures;
    std::vector<Source> sources;
    Geodata geodata;
    std::unique_ptr<Gazetteer> gazetteer;
    std::vector<ResolvedFigure> resolved;
    // SHA-256 of the files the geodata was read from (bundled, and the atlas's own layers and
    // names): the provenance cites it, and the build rebuilds every map when it changes.
    std::string geodata_sha256;

    Project() = default;
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;
};

// Reads the figures, sources and geodata of `atlas`, resolves every region, checks every
// indicator and source id, and works out every derivation (its [region] references are figures
// of the same indicator and period). The first problem found is thrown as a DataError, unless `bad_rows`
// is given: then each bad row's error goes there and the row is left out of the project.
std::unique_ptr<Project> load_project(Atlas atlas, std::vector<DataError>* bad_rows = nullptr);

}  // namespace bordermap
