#pragma once
// Resolves a region written any way a document writes it to one feature or group.
#include <map>
#include <string>
#include <vector>

#include "bordermap/geo/geodata.hpp"

namespace bordermap {

struct Resolution {
    std::string id;                    // feature or group id
    std::vector<std::string> features; // the feature ids it stands for (one, or a group's members)
    bool is_group = false;
    // The unit the name stands for when it is a "part" of the feature (Yanbian, represented by
    // its seat Yanji): maps label the figure with it rather than with the feature's own name.
    std::string stands_for;
};

class Gazetteer {
public:
    explicit Gazetteer(const Geodata& geodata);

    // Throws DataError at `where` naming the nearest known names when nothing or more than
    // one feature matches.
    Resolution resolve(const std::string& name, const std::string& where) const;

    // Up to `count` known names closest to `name`, best first.
    std::vector<std::string> suggestions(const std::string& name, std::size_t count = 3) const;

private:
    struct Entry {
        std::string display;  // the name as written in the geodata, for messages
        std::string id;
        bool part = false;    // a unit the feature stands for, not its own name
    };
    void add(const std::string& name, const std::string& id, bool part = false);
    const Geodata& geodata_;
    std::map<std::string, std::vector<Entry>> by_key_;
};

}  // namespace bordermap
