#include "bordermap/export/attributes.hpp"

#include <algorithm>

namespace bordermap {

std::vector<std::string> extra_columns(const std::vector<const Figure*>& figures) {
    std::vector<std::string> columns;
    for (const Figure* figure : figures)
        for (const auto& [column, value] : figure->extra)
            if (std::find(columns.begin(), columns.end(), column) == columns.end()) columns.push_back(column);
    return columns;
}

void add_extra_fields(std::vector<OutputField>& fields, const std::vector<std::string>& columns) {
    const std::size_t own = fields.size();
    for (const auto& column : columns) {
        const bool clashes = std::any_of(fields.begin(), fields.begin() + static_cast<long>(own),
                                         [&](const OutputField& f) { return f.name == column; });
        fields.push_back({clashes ? "extra_" + column : column, FieldType::text});
    }
}

void add_extra_values(std::vector<FieldValue>& values, const Figure* figure, const std::vector<std::string>& columns) {
    for (const auto& column : columns) {
        FieldValue value;
        if (figure) {
            for (const auto& [name, text] : figure->extra)
                if (name == column) value = text_or_null(text);
        }
        values.push_back(value);
    }
}

}  // namespace bordermap
