#pragma once
// A table of text cells read through GDAL/OGR: CSV, XLSX, ODS, GeoPackage or any other
// format GDAL reads. Cells keep their text so the parsers decide what a number is.
#include <optional>
#include <string>
#include <vector>

namespace bordermap {

struct TableRow {
    std::string where;                // "figures.csv:12", "figures.xlsx: row 12", "db.gpkg: feature 7"
    std::vector<std::string> cells;   // one per column, "" when empty
};

struct Table {
    std::string path;
    std::vector<std::string> columns;  // lower-cased, trimmed header names
    std::vector<TableRow> rows;

    // Index of a column or nullopt.
    std::optional<std::size_t> column(const std::string& name) const;
    // The index of a column the table must have; DataError naming the file and the column otherwise.
    // `purpose` says in the message what the column is for.
    std::size_t require(const std::string& name, const std::string& purpose = {}) const;
    // The cell of `row` in column `name`, or "" when the table has no such column.
    std::string cell(const TableRow& row, const std::string& name) const;
};

// `layer` picks a layer or sheet by name; empty means the first one. Blank rows and rows whose
// first cell starts with '#' (comments) are left out; a header starting with '#' is an error.
Table read_table(const std::string& path, const std::string& layer = {});

}  // namespace bordermap
