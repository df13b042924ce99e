#include "qgis_inspection.hpp"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <system_error>

namespace bordermap::test {

namespace {
const char* const kPython = "/usr/bin/python3";
}

const std::string& qgis_missing() {
    static const std::string reason = python_import_failure("qgis.core");
    return reason;
}

GpkgContents read_gpkg(const fs::path& path) {
    GpkgContents contents;
    GDALAllRegister();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (ds != nullptr) {
        contents.opened = true;
        for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) contents.layers.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
        CPLErrorReset();
        OGRLayerH rows = GDALDatasetExecuteSQL(ds, "SELECT f_table_name, useAsDefault FROM layer_styles", nullptr, nullptr);
        if (rows != nullptr) {
            while (OGRFeatureH f = OGR_L_GetNextFeature(rows)) {
                contents.styles.emplace_back(OGR_F_GetFieldAsString(f, 0), OGR_F_GetFieldAsInteger(f, 1));
                OGR_F_Destroy(f);
            }
            GDALDatasetReleaseResultSet(ds, rows);
        } else {
            contents.styles_error = CPLGetLastErrorMsg();
        }
        GDALClose(ds);
    }
    CPLPopErrorHandler();
    return contents;
}

std::vector<QgisSource> qgis_sources(const AtlasCase& atlas, const fs::path& out, const fs::path& work) {
    std::vector<QgisSource> sources;
    const std::string gpkg = (out / "atlas.gpkg").string();
    for (const auto& map : atlas.maps) {
        sources.push_back({QgisSource::MapGeoJson, map, map + ".geojson", (out / (map + ".geojson")).string()});
        sources.push_back({QgisSource::MapGpkg, map, "atlas.gpkg|" + map, gpkg + "|layername=" + map});
    }
    for (const char* kind : {"figures_polygons", "figures_lines", "figures_points"}) {
        const fs::path file = out / (std::string(kind) + ".geojson");
        if (fs::exists(file)) sources.push_back({QgisSource::FiguresGeoJson, kind, file.filename().string(), file.string()});
    }
    for (const auto& name : read_gpkg(out / "atlas.gpkg").layers)
        if (name.starts_with("figures_")) sources.push_back({QgisSource::FiguresGpkg, name, "atlas.gpkg|" + name, gpkg + "|layername=" + name});
    const fs::path control = work / "control" / (atlas.maps.front() + ".geojson");
    sources.push_back({QgisSource::Control, atlas.maps.front(), "control: " + atlas.maps.front() + ".geojson without .qml", control.string()});
    return sources;
}

fs::path qgis_work_dir(const std::string& atlas) { return shared_atlases_dir() / atlas / "qgis"; }

void inspect_shared_atlas(const AtlasCase& atlas) {
    const fs::path out = shared_atlas(atlas.name).out, work = qgis_work_dir(atlas.name);
    fs::remove_all(work);
    fs::create_directories(work / "control");
    RunResult inspect;
    if (!qgis_missing().empty()) {
        inspect.err = "headless QGIS is not installed (python3-qgis, qgis-providers): " + qgis_missing();
    } else {
        std::error_code ignored;  // a missing GeoJSON is reported by the tests that read it
        fs::copy_file(out / (atlas.maps.front() + ".geojson"), work / "control" / (atlas.maps.front() + ".geojson"), ignored);
        std::vector<std::string> args{(source_dir() / "tests" / "qgis" / "inspect_layers.py").string(), (work / "report.json").string()};
        for (const auto& s : qgis_sources(atlas, out, work)) args.push_back(s.spec);
        inspect = run_program(kPython, args);
    }
    write_file(work / "inspect.stdout", inspect.out);
    write_file(work / "inspect.stderr", inspect.err);
    write_file(work / "inspect.exit", std::to_string(inspect.exit_code));
}

QgisInspection read_inspection(const std::string& atlas) {
    const fs::path work = qgis_work_dir(atlas);
    QgisInspection result;
    if (!fs::exists(work / "inspect.exit")) {
        result.report_error = "QGIS has not inspected the shared atlas '" + atlas + "' (" + work.string() +
                              "); run the tests with ctest, which runs the inspection first";
        return result;
    }
    result.inspect.exit_code = std::stoi(read_file(work / "inspect.exit"));
    result.inspect.out = read_file(work / "inspect.stdout");
    result.inspect.err = read_file(work / "inspect.stderr");
    try {
        result.report = read_json(work / "report.json");
        if (!result.report.contains("layers") || !result.report["layers"].is_array()) result.report_error = "the report has no layers";
    } catch (const std::exception& e) {
        result.report_error = "cannot read the report " + (work / "report.json").string() + ": " + e.what();
    }
    return result;
}

}  // namespace bordermap::test
