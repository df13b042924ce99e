#pragma once
// The words a closed set of choices is written with in files and on the command line, in one
// table per set: parsing, printing, the list for messages and for the command line's checks
// all come from it, so that no word is spelt in two places.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bordermap {

template <typename Enum, std::size_t N>
class NamesOf {
public:
    // The first word given for a value is its name; later ones are synonyms it is also read from.
    constexpr explicit NamesOf(std::array<std::pair<std::string_view, Enum>, N> words) : words_(words) {}

    std::optional<Enum> parse(std::string_view word) const {
        for (const auto& [w, value] : words_)
            if (w == word) return value;
        return std::nullopt;
    }

    std::string_view name(Enum value) const {
        for (const auto& [w, v] : words_)
            if (v == value) return w;
        return {};
    }

    // Every word read, synonyms too (for the command line's checks).
    std::vector<std::string> words() const {
        std::vector<std::string> out;
        for (const auto& entry : words_) out.emplace_back(entry.first);
        return out;
    }

    // The names only, quoted, as a message lists them: "\"a\", \"b\" or \"c\"".
    std::string quoted_list(std::string_view last_joiner = " or ") const {
        std::vector<std::string_view> names;
        for (const auto& [w, value] : words_)
            if (name(value) == w) names.push_back(w);
        std::string out;
        for (std::size_t i = 0; i < names.size(); ++i) {
            out += i == 0 ? "" : i + 1 == names.size() ? std::string(last_joiner) : ", ";
            out += "\"" + std::string(names[i]) + "\"";
        }
        return out;
    }

private:
    std::array<std::pair<std::string_view, Enum>, N> words_;
};

// names_of<Kind>({{"a", Kind::a}, {"b", Kind::b}}): the table, its size counted for you.
template <typename Enum, std::size_t N>
constexpr NamesOf<Enum, N> names_of(const std::pair<std::string_view, Enum> (&words)[N]) {
    std::array<std::pair<std::string_view, Enum>, N> copy{};
    for (std::size_t i = 0; i < N; ++i) copy[i] = words[i];
    return NamesOf<Enum, N>(copy);
}

}  // namespace bordermap
