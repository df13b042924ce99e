#pragma once
// Letter case of label text by Unicode characters, not bytes: a name of the period may be written
// with diacritics ("Ōsaka", "Chōsen") or in another script ("Чосон"), all UTF-8.
#include <string>

namespace bordermap {

// Every letter in capitals, as country labels are set: "Chōsen" → "CHŌSEN", "Чосон" → "ЧОСОН".
// A letter may become more than one ("ß" → "SS"). Text that is not valid UTF-8 comes back as it is.
std::string upper_case(const std::string& utf8);

// The first letter in title case, the rest as it is: "ōsaka" → "Ōsaka", "people" → "People".
// Text that is not valid UTF-8 comes back as it is.
std::string with_capital(const std::string& utf8);

}  // namespace bordermap
