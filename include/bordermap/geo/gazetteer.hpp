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
    // `unknown_fix` ends the fix of an unknown name: where a user adds a name (the atlas's own
    // names table; the bundled gazetteer is read-only once installed).
    explicit Gazetteer(const Geodata& geodata, std::string unknown_fix = "Otherwise add the name to the atlas's own names table.");

    // Throws DataError at `where` naming the nearest known names when nothing or more than
    // one feature matches. Of several, the atlas's own names win, then ids, then the names the
    // project keeps by hand, then Natural Earth's names and other spellings; a tie is ambiguous,
    // but a country wins over units of it by its name.
    Resolution resolve(const std::string& name, const std::string& where) const;

    // Up to `count` known names closest to `name`, best first: the atlas's own names and layers
    // (near, or holding the name: "East Punjab" for "Punjab") before the bundled ones.
    std::vector<std::string> suggestions(const std::string& name, std::size_t count = 3) const;

private:
    struct Entry {
        std::string display;  // the name as written in the geodata, for messages
        std::string id;
        bool part = false;    // a unit the feature stands for, not its own name
        int tier = 0;         // which name wins where several match: 0, the atlas's own, wins (gazetteer.cpp)
        bool own() const { return tier == 0; }
    };
    void add(const std::string& name, const std::string& id, bool part, int tier);
    const Geodata& geodata_;
    std::string unknown_fix_;
    std::map<std::string, std::vector<Entry>> by_key_;
};

}  // namespace bordermap
