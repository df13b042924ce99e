#pragma once
// Attribute helpers shared by the GIS layers: a layer's columns declared once with how each row
// gives its value, nulls for empty text, and the figures table's own extra columns carried through.
#include <span>
#include <string>
#include <vector>

#include "bordermap/data/figures.hpp"
#include "bordermap/geo/vector_writer.hpp"

namespace bordermap {

inline constexpr FieldValue null_value{};  // a NULL attribute
inline FieldValue text_or_null(const std::string& text) { return text.empty() ? null_value : FieldValue{text}; }

// One column of a layer: its name and type, and its value for a row (a subject, a figure ...).
// A layer's columns are a table of these, so that a name and its value cannot drift apart.
template <typename Row>
struct Column {
    const char* name;
    FieldType type;
    FieldValue (*value)(const Row&);
};

template <typename Row>
std::vector<OutputField> fields_of(std::span<const Column<Row>> columns) {
    std::vector<OutputField> fields;
    for (const auto& column : columns) fields.push_back({column.name, column.type});
    return fields;
}

template <typename Row>
std::vector<FieldValue> values_of(std::span<const Column<Row>> columns, const Row& row) {
    std::vector<FieldValue> values;
    values.reserve(columns.size());
    for (const auto& column : columns) values.push_back(column.value(row));
    return values;
}

// The extra columns of `figures`, in order of first appearance.
std::vector<std::string> extra_columns(const std::vector<const Figure*>& figures);

// Adds a text field per extra column; a name that clashes with one of `fields` gets "extra_".
void add_extra_fields(std::vector<OutputField>& fields, const std::vector<std::string>& columns);

// Appends `figure`'s value of each extra column (null when it has none or figure is null).
void add_extra_values(std::vector<FieldValue>& values, const Figure* figure, const std::vector<std::string>& columns);

}  // namespace bordermap
