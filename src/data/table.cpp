#include "bordermap/data/table.hpp"

#include <filesystem>
#include <fstream>
#include <string_view>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/core/gdal_handles.hpp"

namespace bordermap {
namespace {

enum class Addressing { line, sheet_row, feature };

Addressing addressing_of(GDALDatasetH dataset) {
    const std::string_view driver = GDALGetDriverShortName(GDALGetDatasetDriver(dataset));
    if (driver == "CSV") return Addressing::line;
    if (driver == "XLSX" || driver == "ODS" || driver == "XLS") return Addressing::sheet_row;
    return Addressing::feature;
}

// The physical line each data record of a CSV file starts on. GDAL numbers records from 1 and
// skips blank lines, and a quoted cell may span lines, so fid + 1 is not the line number.
std::vector<long> csv_record_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<long> starts;
    long line = 1, record_start = 1;
    bool in_quotes = false, blank = true, header_done = false;
    char c;
    auto end_record = [&] {
        if (!blank) {
            if (header_done) starts.push_back(record_start);
            header_done = true;
        }
        blank = true;
    };
    while (in.get(c)) {
        if (c == '"') in_quotes = !in_quotes;
        if (c == '\n') {
            ++line;
            if (!in_quotes) {
                end_record();
                record_start = line;
            }
        } else if (c != '\r' && c != ' ' && c != '\t') {
            blank = false;
        }
    }
    end_record();
    return starts;
}

std::string locate(const std::string& path, Addressing addressing, GIntBig fid, const std::vector<long>& record_lines) {
    switch (addressing) {
        case Addressing::line:
            if (fid >= 1 && static_cast<std::size_t>(fid) <= record_lines.size()) return at_line(path, record_lines[static_cast<std::size_t>(fid - 1)]);
            return at_line(path, static_cast<long>(fid) + 1);
        // GDAL numbers spreadsheet features by their sheet row (the header is row 1).
        case Addressing::sheet_row: return path + ": row " + std::to_string(fid);
        case Addressing::feature: return path + ": feature " + std::to_string(fid);
    }
    return path;
}

}  // namespace

std::optional<std::size_t> Table::column(const std::string& name) const {
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == name) return i;
    }
    return std::nullopt;
}

std::size_t Table::require(const std::string& name, const std::string& purpose) const {
    if (auto index = column(name)) return *index;
    std::string present;
    for (const auto& c : columns) present += (present.empty() ? "" : ", ") + c;
    throw DataError(path, "has no column '" + name + "'" + (purpose.empty() ? "" : " (" + purpose + ")") + "; its columns are: " + present,
                    "Add a '" + name + "' column to the header line.");
}

std::string Table::cell(const TableRow& row, const std::string& name) const {
    const auto index = column(name);
    return index && *index < row.cells.size() ? row.cells[*index] : std::string{};
}

Table read_table(const std::string& path, const std::string& layer_name) {
    // Every cell as text and the first row as the header, in each driver's own spelling.
    const char* const csv_options[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", nullptr};
    const gdal::ScopedConfigOption xlsx_headers("OGR_XLSX_HEADERS", "FORCE"), xlsx_types("OGR_XLSX_FIELD_TYPES", "STRING");
    const gdal::ScopedConfigOption ods_headers("OGR_ODS_HEADERS", "FORCE"), ods_types("OGR_ODS_FIELD_TYPES", "STRING");
    const gdal::ScopedConfigOption xls_headers("OGR_XLS_HEADERS", "FORCE"), xls_types("OGR_XLS_FIELD_TYPES", "STRING");
    const bool is_csv = lowercase_ascii(std::filesystem::path(path).extension().string()) == ".csv";
    gdal::Dataset dataset = gdal::open_vector(path, is_csv ? csv_options : nullptr);
    OGRLayerH layer = layer_name.empty() ? GDALDatasetGetLayer(dataset.get(), 0)
                                         : GDALDatasetGetLayerByName(dataset.get(), layer_name.c_str());
    if (!layer) {
        throw DataError(path, layer_name.empty() ? "has no table in it" : "has no layer or sheet named '" + layer_name + "'",
                        "Name an existing layer, or put the table in the first sheet.");
    }
    Table table{path, {}, {}};
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int field_count = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < field_count; ++i) {
        table.columns.push_back(lowercase_ascii(trim(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)))));
    }
    if (!table.columns.empty() && table.columns.front().starts_with("#")) {
        throw DataError(at_line(path, 1), "starts with a comment ('" + table.columns.front() + "') where the header must be",
                        "Put the header (e.g. region,indicator,value,...) on the first line; lines starting with # may follow it as comments.");
    }
    const Addressing addressing = addressing_of(dataset.get());
    const std::vector<long> record_lines = addressing == Addressing::line ? csv_record_lines(path) : std::vector<long>{};
    OGR_L_ResetReading(layer);
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        TableRow row{locate(path, addressing, OGR_F_GetFID(feature.get()), record_lines), {}};
        bool empty = true;
        for (int i = 0; i < field_count; ++i) {
            std::string cell = OGR_F_IsFieldSetAndNotNull(feature.get(), i) ? trim(OGR_F_GetFieldAsString(feature.get(), i)) : "";
            empty = empty && cell.empty();
            row.cells.push_back(std::move(cell));
        }
        // Blank spreadsheet rows are not figures; a row whose first cell starts with # is a comment.
        const bool comment = !row.cells.empty() && row.cells.front().starts_with("#");
        if (!empty && !comment) table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace bordermap
