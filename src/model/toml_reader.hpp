#pragma once
// Internal: how atlas.toml and style files are read, in one way. A TomlValue is one value of a
// file with the key it is written under; its typed readers check the type (and range, or word)
// and throw a DataError naming the file and line and saying what to write. A KeyTable lists the
// keys a table may have, each with its setter: it is the list of known keys that an unknown key
// is reported with.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <toml++/toml.h>
#include <utility>
#include <vector>

#include "bordermap/core/error.hpp"
#include "bordermap/core/names_of.hpp"
#include "bordermap/data/period.hpp"
#include "bordermap/model/map_spec.hpp"

namespace bordermap {

class TomlValue {
public:
    // `key` names the value in messages ("classes", "text.title_pt"); `file` is where it is read
    // from, named with the node's line ("atlas.toml:12"), or an origin such as "--set".
    TomlValue(const toml::node& node, std::string key, std::string file);

    const toml::node& node() const { return *node_; }
    const std::string& key() const { return key_; }
    std::string where() const;
    [[noreturn]] void fail(const std::string& problem, const std::string& fix) const;
    // The same value, named otherwise in messages ("format" for an item of "formats").
    TomlValue named(std::string key) const { return {*node_, std::move(key), file_}; }

    std::string text() const;
    double number() const;
    // A number from `min` to `max`; `above_min`: `min` itself is too small (a size of 0).
    double number_in(double min, double max, bool above_min = false) const;
    double positive_number(const std::string& fix) const;
    int whole_number(int min, int max, const std::string& fix) const;
    bool flag() const;
    std::vector<std::string> texts() const;
    std::vector<double> numbers() const;
    // A period; `fix` is the example a bad one is answered with (default: KEY = "1961" ...).
    Period period(const std::string& fix = {}) const;
    // One of the words of a closed set; a word not in it is answered with the set's names, or `fix`.
    template <typename Enum, std::size_t N>
    Enum one_of(const NamesOf<Enum, N>& names, const std::string& fix = {}) const {
        const std::string word = text();
        if (const auto known = names.parse(word)) return *known;
        fail(key_ + " '" + word + "' is not known", fix.empty() ? "Use " + names.quoted_list() + "." : fix);
    }

    const toml::table& table() const;
    // The keys of a table, each a value named by its key.
    std::vector<TomlValue> entries() const;
    // The items of a list, each named by the list's key; `of` says what it holds ("strings") and
    // `fix` how to write it, for the error when it is no list.
    std::vector<TomlValue> items(const std::string& of, const std::string& fix) const;
    // A list of tables ([[map]], panels = [{...}]).
    std::vector<TomlValue> tables(const std::string& fix) const;
    // A table of the user's: "figures.csv", or { path = "book.xlsx", layer = "Sheet1" }; relative
    // paths are taken from `folder`.
    TableRef table_ref(const std::filesystem::path& folder) const;

private:
    const toml::node* node_;
    std::string key_;
    std::string file_;
};

// What an unknown key is called in its message: "unknown <noun> 'KEY'", then " in <place>" when
// there is one; `fix` replaces the default "Known: <every key>.".
struct UnknownKey {
    UnknownKey(std::string noun_ = "key", std::string place_ = {}, std::string fix_ = {})
        : noun(std::move(noun_)), place(std::move(place_)), fix(std::move(fix_)) {}
    std::string noun, place, fix;
};

template <typename Target>
class KeyTable {
public:
    using Setter = std::function<void(Target&, const TomlValue&)>;

    // The keys in the order messages list them.
    KeyTable(UnknownKey unknown, std::vector<std::pair<std::string, Setter>> setters)
        : unknown_(std::move(unknown)), setters_(std::move(setters)) {}

    // Reads one value by its key's setter; an unknown key is an error listing the known ones.
    void set(Target& target, const TomlValue& value) const {
        for (const auto& [key, setter] : setters_) {
            if (key == value.key()) return setter(target, value);
        }
        value.fail("unknown " + unknown_.noun + " '" + value.key() + "'" + (unknown_.place.empty() ? "" : " in " + unknown_.place),
                   unknown_.fix.empty() ? "Known: " + known() + "." : unknown_.fix);
    }

    // Reads every key of a table.
    void apply(Target& target, const TomlValue& table) const {
        for (const TomlValue& value : table.entries()) set(target, value);
    }

    std::string known() const {
        std::string out;
        for (const auto& [key, _] : setters_) out += (out.empty() ? "" : ", ") + key;
        return out;
    }

private:
    UnknownKey unknown_;
    std::vector<std::pair<std::string, Setter>> setters_;
};

// The TOML text of a node as the reader formats it (comments and layout do not count); "" for none.
std::string toml_text(const toml::node* node);

}  // namespace bordermap
