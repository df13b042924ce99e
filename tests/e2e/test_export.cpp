// `bordermap export` and the GeoPackage: GIS layers only, every map styled by default.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

#include <regex>

#include "test_support.hpp"

using namespace bordermap::test;

namespace {

struct DatasetCloser {
    void operator()(GDALDatasetH h) const { GDALClose(h); }
};
using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;

Dataset open_gpkg(const fs::path& path) {
    GDALAllRegister();
    return Dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

}  // namespace

TEST(Export, WritesGisLayersOnlyForTheWholeAtlas) {
    TempDir out("export");
    const auto r = run_bordermap({"export", example_dir().string(), "-o", out.path().string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("GIS layers of 8 maps, 44 files"), std::string::npos) << r.out;
    for (const auto& file : list_files(out.path())) {
        EXPECT_FALSE(file.ends_with(".png") || file.ends_with(".pdf") || file.ends_with(".svg")) << file << " is no GIS layer";
    }
    EXPECT_TRUE(fs::exists(out / "atlas.gpkg"));
    EXPECT_TRUE(fs::exists(out / "crossings-1961.qml"));
    EXPECT_TRUE(fs::exists(out / "crossings-1961.sld"));
}

TEST(Export, OneMapAndChosenFormats) {
    TempDir out("export-one");
    const auto r = run_bordermap({"export", example_dir().string(), "--map", "bodies-found-1961", "--format", "geojson,qml", "-o",
                                  out.path().string(), "-q"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(list_files(out.path()), (std::vector<std::string>{"bodies-found-1961.geojson", "bodies-found-1961.qml"}));
}

TEST(Export, UnknownMapIsADataErrorNamingTheMaps) {
    TempDir out("export-unknown");
    const auto r = run_bordermap({"export", example_dir().string(), "--map", "nope", "-o", out.path().string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("has no map 'nope'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("crossings-1961"), std::string::npos) << r.err;
    EXPECT_TRUE(list_files(out.path()).empty());
}

TEST(Export, UnknownFormatIsAUsageError) {
    const auto r = run_bordermap({"export", example_dir().string(), "--format", "shp"});
    EXPECT_EQ(r.exit_code, 2);
}

TEST(Export, MapWithoutFiguresIsAnErrorAndWritesNothing) {
    TempDir dir("export-empty");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "period = \"1961\"", "period = \"1950\"");
    const auto r = run_bordermap({"export", dir.path().string(), "-o", (dir / "out").string()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("has no figure of 'crossings' for 1950"), std::string::npos) << r.err;
    EXPECT_TRUE(list_files(dir / "out").empty());
}

TEST(GeoPackage, HoldsEveryMapAndTheFiguresWithDefaultStyles) {
    TempDir out("gpkg");
    ASSERT_EQ(run_bordermap({"export", example_dir().string(), "-o", out.path().string(), "-q"}).exit_code, 0);
    const Dataset gpkg = open_gpkg(out / "atlas.gpkg");
    ASSERT_TRUE(gpkg);
    std::vector<std::string> layers;
    for (int i = 0; i < GDALDatasetGetLayerCount(gpkg.get()); ++i) layers.push_back(OGR_L_GetName(GDALDatasetGetLayer(gpkg.get(), i)));
    EXPECT_EQ(layers, (std::vector<std::string>{"crossings-1961", "crossings-1961-per-month", "sent-back-1961", "bodies-found-1961", "letters-1961", "crossers-1961-crossed-to-dprk", "crossers-1961-sent-back-by-dprk", "crossers-1961-remaining-in-dprk", "crossings-per-month-1961", "crossings-per-month-1962-01", "figures_polygons",
                                                "figures_lines", "figures_points", "layer_styles"}));
    // 23 figures of the example, in long form across the three geometry layers.
    long figures = 0;
    for (const char* name : {"figures_polygons", "figures_lines", "figures_points"})
        figures += static_cast<long>(OGR_L_GetFeatureCount(GDALDatasetGetLayerByName(gpkg.get(), name), TRUE));
    EXPECT_EQ(figures, 23);

    OGRLayerH styles = GDALDatasetGetLayerByName(gpkg.get(), "layer_styles");
    ASSERT_NE(styles, nullptr);
    std::vector<std::string> styled;
    OGR_L_ResetReading(styles);
    while (OGRFeatureH f = OGR_L_GetNextFeature(styles)) {
        styled.push_back(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "f_table_name")));
        EXPECT_EQ(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "useAsDefault")), 1);
        EXPECT_EQ(std::string(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "f_geometry_column"))), "geom");
        EXPECT_NE(std::string(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "styleQML"))).find("graduatedSymbol"), std::string::npos);
        EXPECT_NE(std::string(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "styleSLD"))).find("StyledLayerDescriptor"), std::string::npos);
        OGR_F_Destroy(f);
    }
    EXPECT_EQ(styled, (std::vector<std::string>{"crossings-1961", "crossings-1961-per-month", "sent-back-1961", "bodies-found-1961", "letters-1961", "crossers-1961-crossed-to-dprk", "crossers-1961-sent-back-by-dprk", "crossers-1961-remaining-in-dprk", "crossings-per-month-1961", "crossings-per-month-1962-01"}));
}

TEST(GeoPackage, TheSameInputsGiveTheSameBytes) {
    TempDir a("gpkg-a"), b("gpkg-b");
    ASSERT_EQ(run_bordermap({"export", example_dir().string(), "-o", a.path().string(), "-q"}).exit_code, 0);
    ASSERT_EQ(run_bordermap({"export", example_dir().string(), "-o", b.path().string(), "-q"}).exit_code, 0);
    for (const auto& file : list_files(a.path())) EXPECT_EQ(read_file(a / file), read_file(b / file)) << file;
}

TEST(Figures, LongFormLayerHasOneFeaturePerFigureWithItsRegionsGeometry) {
    TempDir out("figures");
    ASSERT_EQ(run_bordermap({"export", example_dir().string(), "--format", "figures", "-o", out.path().string(), "-q"}).exit_code, 0);
    const auto lines = read_json(out / "figures_lines.geojson");
    ASSERT_EQ(lines["features"].size(), 4u) << "243 bodies and their three parts, each one feature for both rivers";
    const auto& bodies = lines["features"][0];
    EXPECT_EQ(bodies["properties"]["region_id"], "group-yalu-tumen");
    EXPECT_EQ(bodies["properties"]["region_name_en"], "Yalu and Tumen rivers");
    EXPECT_EQ(bodies["properties"]["value"], 243);
    EXPECT_EQ(bodies["geometry"]["type"], "MultiLineString");
    const auto points = read_json(out / "figures_points.geojson");
    ASSERT_EQ(points["features"].size(), 4u);
    const auto& applications = points["features"][1];
    EXPECT_EQ(applications["properties"]["indicator"], "applications_to_go");
    EXPECT_EQ(applications["properties"]["qualifier"], "about");
    EXPECT_EQ(applications["properties"]["period_start"], "1961-01-01");
    EXPECT_EQ(applications["properties"]["period_end"], "1961-12-31");
    EXPECT_EQ(applications["properties"]["reported_by"], "Yanbian Korean Autonomous Prefecture");
    const auto polygons = read_json(out / "figures_polygons.geojson");
    std::size_t no_data = 0;
    for (const auto& f : polygons["features"]) no_data += f["properties"]["value"].is_null() ? 1 : 0;
    EXPECT_EQ(no_data, 2u) << "Heilongjiang's two not-reported figures stay null";
}

TEST(Figures, CoordinatePrecisionComesFromTheAtlas) {
    TempDir dir("precision");
    copy_atlas(fixtures_dir() / "small-atlas", dir.path());
    replace_in_file(dir / "atlas.toml", "[atlas]", "[atlas]\ngeojson_precision = 3");
    ASSERT_EQ(run_bordermap({"export", dir.path().string(), "--format", "geojson", "-o", (dir / "out").string(), "-q"}).exit_code, 0);
    const std::string text = read_file(dir / "out" / "crossings.geojson");
    EXPECT_FALSE(std::regex_search(text, std::regex("\\[ ?1[0-9][0-9]\\.[0-9]{4,}"))) << "no coordinate has more than 3 decimals";
    EXPECT_TRUE(std::regex_search(text, std::regex("\\[ ?1[0-9][0-9]\\.[0-9]{1,3}, ")));
}

// GDAL's own GeoPackage validator (Debian's python3-gdal) on the GeoPackage of every shared atlas:
// the standard's requirements, datetimes with milliseconds among them (Requirement 15).
TEST(GeoPackage, EveryOneOfTheSharedAtlasesPassesGdalsValidator) {
    const fs::path validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";
    if (!fs::exists(validator)) GTEST_SKIP() << "python3-gdal is not installed (scripts/install-deps.sh installs it)";
    for (const char* name : {"example", "fixture", "classes", "series", "history"}) {
        const SharedAtlas& atlas = shared_atlas(name);
        ASSERT_EQ(atlas.build.exit_code, 0) << atlas.build.err;
        const RunResult r = run_program("/usr/bin/python3", {validator.string(), (atlas.out / "atlas.gpkg").string()});
        EXPECT_EQ(r.exit_code, 0) << name << ": " << r.out << r.err;
        EXPECT_EQ(r.out + r.err, "") << name << ": the validator warns";
    }
}
