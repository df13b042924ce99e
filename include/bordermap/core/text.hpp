#pragma once
// Text helpers shared by the readers, the gazetteer and the renderer.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bordermap {

// The key two spellings of one name share: case-folded, diacritics removed,
// spaces, hyphens, apostrophes and periods dropped. Works on any script.
std::string name_key(std::string_view name);

// Edit distance between two UTF-8 strings, counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// "28,028", "28 028", "1778", "-3.5" -> number; anything else -> nullopt.
std::optional<double> parse_number(std::string_view text);

// 28028 -> "28,028"; 3.25 -> "3.25" (at most `decimals` places, trailing zeros dropped).
std::string format_number(double value, int decimals = 2);

std::string trim(std::string_view text);
std::string lowercase_ascii(std::string_view text);
std::vector<std::string> split(std::string_view text, char separator);

// The text with its diacritics removed ("Île-de-France" -> "Ile-de-France"); other letters kept.
std::string without_diacritics(std::string_view text);

// A file-name-safe slug of user text: [a-z0-9-] only, never empty, never "." or "..".
std::string slug(std::string_view text);

}  // namespace bordermap
