#pragma once
// Attribute helpers shared by the GIS layers: nulls for empty text, and the figures table's
// own extra columns carried through.
#include <string>
#include <vector>

#include "bordermap/data/figures.hpp"
#include "bordermap/geo/vector_writer.hpp"

namespace bordermap {

inline FieldValue text_or_null(const std::string& text) { return text.empty() ? FieldValue{} : FieldValue{text}; }

// The extra columns of `figures`, in order of first appearance.
std::vector<std::string> extra_columns(const std::vector<const Figure*>& figures);

// Adds a text field per extra column; a name that clashes with one of `fields` gets "extra_".
void add_extra_fields(std::vector<OutputField>& fields, const std::vector<std::string>& columns);

// Appends `figure`'s value of each extra column (null when it has none or figure is null).
void add_extra_values(std::vector<FieldValue>& values, const Figure* figure, const std::vector<std::string>& columns);

}  // namespace bordermap
