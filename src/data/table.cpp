#include "bordermap/data/table.hpp"

#include <string_view>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/gdal_handles.hpp"

namespace bordermap {
namespace {

enum class Addressing { line, sheet_row, feature };

Addressing addressing_of(GDALDatasetH dataset) {
    const std::string_view driver = GDALGetDriverShortName(GDALGetDatasetDriver(dataset));
    if (driver == "CSV") return Addressing::line;
    if (driver == "XLSX" || driver == "ODS" || driver == "XLS") return Addressing::sheet_row;
    return Addressing::feature;
}

std::string locate(const std::string& path, Addressing addressing, GIntBig fid) {
    switch (addressing) {
        // The header is line 1 and GDAL numbers data rows from 1, so line = fid + 1.
        case Addressing::line: return at_line(path, static_cast<long>(fid) + 1);
        case Addressing::sheet_row: return path + ": row " + std::to_string(fid + 1);
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

Table read_table(const std::string& path, const std::string& layer_name) {
    // Every cell as text, first line as header, in every tabular driver that has the options.
    const char* const open_options[] = {"HEADERS=YES", "FIELD_TYPES=STRING", "AUTODETECT_TYPE=NO",
                                        "KEEP_SOURCE_COLUMNS=NO", nullptr};
    gdal::Dataset dataset = gdal::open_vector(path, open_options);
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
    const Addressing addressing = addressing_of(dataset.get());
    OGR_L_ResetReading(layer);
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        TableRow row{locate(path, addressing, OGR_F_GetFID(feature.get())), {}};
        bool empty = true;
        for (int i = 0; i < field_count; ++i) {
            std::string cell = OGR_F_IsFieldSetAndNotNull(feature.get(), i) ? trim(OGR_F_GetFieldAsString(feature.get(), i)) : "";
            empty = empty && cell.empty();
            row.cells.push_back(std::move(cell));
        }
        if (!empty) table.rows.push_back(std::move(row));  // blank spreadsheet rows are not figures
    }
    return table;
}

}  // namespace bordermap
