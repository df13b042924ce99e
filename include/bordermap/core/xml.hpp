#pragma once
// Escaping for the XML bordermap writes (QML, SLD).
#include <string>
#include <string_view>

namespace bordermap {

// Escapes &, <, >, " and ' and writes newlines as character references (safe in attributes).
std::string xml_escape(std::string_view text);

}  // namespace bordermap
