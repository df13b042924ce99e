// The GIS layers checked in the real client: every GeoJSON and GeoPackage layer of the example and
// the fixture atlas is opened in headless QGIS (tests/qgis/inspect_layers.py, Debian's python3-qgis
// and qgis-providers), which must find them valid, in EPSG:4326, with our features and attributes,
// styled by default from our .qml / layer_styles with a graduated renderer whose classes, labels and
// colours are ours, and must draw each region in the colour our own PNG uses for it.
//
// Where QGIS is absent every test here is skipped with a message, never passed.
// Set BORDERMAP_QGIS_EVIDENCE=FOLDER to keep QGIS's renders, our PNGs and the report there.
#include <gtest/gtest.h>

#include <cairo.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "qgis_inspection.hpp"
#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

// Skips the test (QGIS absent) or fails it (QGIS did not run), and leaves the test body.
#define REQUIRE_QGIS()                                             \
    do {                                                           \
        require_qgis();                                            \
        if (IsSkipped() || HasFatalFailure()) return;              \
    } while (false)

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Records of a CSV file, quoted fields (with commas or line breaks) counted once; blank lines skipped.
std::size_t csv_data_rows(const std::string& text) {
    std::size_t records = 0;
    bool quoted = false, content = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') ++i;
                else quoted = false;
            }
            continue;
        }
        if (c == '"') quoted = content = true;
        else if (c == '\n') {
            if (content) ++records;
            content = false;
        } else if (c != '\r') content = true;
    }
    if (content) ++records;
    return records > 0 ? records - 1 : 0;  // less the header
}

std::optional<std::array<int, 3>> parse_colour(const json& value) {
    if (!value.is_string()) return std::nullopt;
    const std::string s = value.get<std::string>();
    static const std::regex hex("^#[0-9a-fA-F]{6}$");
    if (!std::regex_match(s, hex)) return std::nullopt;
    return std::array<int, 3>{std::stoi(s.substr(1, 2), nullptr, 16), std::stoi(s.substr(3, 2), nullptr, 16),
                              std::stoi(s.substr(5, 2), nullptr, 16)};
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

int colour_distance(const std::array<int, 3>& a, const std::array<int, 3>& b) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(a[c] - b[c]));
    return worst;
}

// A grey (or white) that carries no hue: what white fill and grey hatching give, antialiased or not.
bool neutral(const std::array<int, 3>& c) {
    return std::max({c[0], c[1], c[2]}) - std::min({c[0], c[1], c[2]}) <= 8 && std::min({c[0], c[1], c[2]}) >= 64;
}

bool grey(const std::array<int, 3>& c) {
    return std::max({c[0], c[1], c[2]}) - std::min({c[0], c[1], c[2]}) <= 8 && c[0] >= 64 && c[0] <= 230;
}

// What a map's GeoJSON implies for its legend: one class per `class` number, in order.
struct ExpectedClass {
    long long number = 0;
    double min = 0, max = 0;
    std::string colour, label;
};
struct ExpectedLegend {
    std::vector<ExpectedClass> classes;
    bool no_data = false;
    std::string no_data_label;  // the class_label the GeoJSON gives its features without a value
    double min_value = 0;
    std::vector<std::string> problems;  // the GeoJSON contradicts itself
};

ExpectedLegend expected_legend(const json& geojson) {
    ExpectedLegend legend;
    std::map<long long, ExpectedClass> classes;
    bool any_value = false;
    for (const auto& f : geojson.value("features", json::array())) {
        const json& p = f["properties"];
        const std::string id = p.value("id", std::string("?"));
        if (p["value"].is_null()) {
            legend.no_data = true;
            legend.no_data_label = p.value("class_label", std::string());
            if (!p["class"].is_null()) legend.problems.push_back(id + " has no value but class " + p["class"].dump());
            if (!p["colour"].is_null()) legend.problems.push_back(id + " has no value but colour " + p["colour"].dump());
            continue;
        }
        if (!p["value"].is_number() || !p["class"].is_number_integer()) {
            legend.problems.push_back(id + ": value " + p["value"].dump() + ", class " + p["class"].dump());
            continue;
        }
        const double v = p["value"].get<double>();
        legend.min_value = any_value ? std::min(legend.min_value, v) : v;
        any_value = true;
        const long long number = p["class"].get<long long>();
        const std::string colour = p["colour"].is_string() ? lower(p["colour"].get<std::string>()) : "";
        const std::string label = p["class_label"].is_string() ? p["class_label"].get<std::string>() : "";
        auto [it, fresh] = classes.try_emplace(number, ExpectedClass{number, v, v, colour, label});
        if (!fresh) {
            it->second.min = std::min(it->second.min, v);
            it->second.max = std::max(it->second.max, v);
            if (it->second.colour != colour)
                legend.problems.push_back("class " + std::to_string(number) + " has colours " + it->second.colour + " and " + colour);
            if (it->second.label != label)
                legend.problems.push_back("class " + std::to_string(number) + " has labels " + it->second.label + " and " + label);
        }
    }
    for (auto& [number, c] : classes) legend.classes.push_back(c);
    return legend;
}

bool same_number(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b))); }

// The sentinel S of a class attribute `coalesce("value", S)`, if it has that form.
std::optional<double> sentinel_of(const std::string& expression) {
    static const std::regex form(R"(^\s*coalesce\s*\(\s*"value"\s*,\s*(-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?)\s*\)\s*$)",
                                 std::regex::icase);
    std::smatch m;
    if (!std::regex_match(expression, m, form)) return std::nullopt;
    return std::stod(m[1].str());
}

std::map<std::string, json> by_id(const json& geojson) {
    std::map<std::string, json> features;
    for (const auto& f : geojson.value("features", json::array())) features[f["properties"].value("id", std::string())] = f["properties"];
    return features;
}

std::map<std::string, json> by_id_in_qgis(const json& layer) {
    std::map<std::string, json> features;
    for (const auto& f : layer.value("features", json::array())) {
        const json& a = f["attributes"];
        features[a.contains("id") && a["id"].is_string() ? a["id"].get<std::string>() : "fid " + f["fid"].dump()] = f;
    }
    return features;
}

// Exact pixel counts of an image, by colour (opaque pixels only).
std::map<std::uint32_t, long> colour_histogram(const fs::path& png) {
    std::map<std::uint32_t, long> counts;
    cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
    if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(s);
        const bool alpha = cairo_image_surface_get_format(s) == CAIRO_FORMAT_ARGB32;
        const unsigned char* data = cairo_image_surface_get_data(s);
        const int stride = cairo_image_surface_get_stride(s);
        for (int y = 0; y < cairo_image_surface_get_height(s); ++y) {
            for (int x = 0; x < cairo_image_surface_get_width(s); ++x) {
                std::uint32_t word;
                std::memcpy(&word, data + y * stride + x * 4, 4);
                if (alpha && (word >> 24) != 0xff) continue;
                ++counts[word & 0xffffffu];
            }
        }
    }
    cairo_surface_destroy(s);
    return counts;
}

std::string format_number(double v) {
    std::ostringstream out;
    out << std::setprecision(12) << v;
    return out.str();
}

// Everything one atlas gives: our build (shared by the suite), and what QGIS made of it.
struct AtlasRun {
    fs::path out;
    RunResult build, inspect;
    std::vector<QgisSource> sources;
    json report;
    std::string report_error;
    GpkgContents gpkg;
};

class QgisLayers : public testing::TestWithParam<AtlasCase> {
protected:
    static void TearDownTestSuite() { runs().clear(); }

    void SetUp() override {
        run_ = &atlas_run(GetParam());
        ASSERT_EQ(run_->build.exit_code, 0) << "bordermap build " << GetParam().folder << " failed:\n" << run_->build.err;
    }

    // For the tests that read what QGIS made of the layers: skipped, with the reason, without QGIS.
    void require_qgis() const {
        if (!qgis_missing().empty())
            GTEST_SKIP() << "headless QGIS is not installed (python3-qgis, qgis-providers): " << qgis_missing();
        ASSERT_EQ(run_->inspect.exit_code, 0) << "inspect_layers.py failed:\n" << run_->inspect.err;
        ASSERT_TRUE(run_->report_error.empty()) << run_->report_error << "\n" << run_->inspect.err;
        ASSERT_EQ(run_->report["layers"].size(), run_->sources.size());
    }

    const AtlasRun& run() const { return *run_; }
    const fs::path& out() const { return run_->out; }
    const json& layer(std::size_t i) const { return run_->report["layers"][i]; }
    json geojson(const std::string& map) const {
        const fs::path path = out() / (map + ".geojson");
        return fs::exists(path) ? read_json(path) : json::object();
    }
    // Indexes of the sources of some kinds.
    std::vector<std::size_t> of(std::initializer_list<QgisSource::Kind> kinds) const {
        std::vector<std::size_t> found;
        for (std::size_t i = 0; i < run_->sources.size(); ++i)
            if (std::find(kinds.begin(), kinds.end(), run_->sources[i].kind) != kinds.end()) found.push_back(i);
        return found;
    }

private:
    static std::map<std::string, std::unique_ptr<AtlasRun>>& runs() {
        static std::map<std::string, std::unique_ptr<AtlasRun>> cache;
        return cache;
    }

    static AtlasRun& atlas_run(const AtlasCase& atlas) {
        auto& slot = runs()[atlas.name];
        if (slot) return *slot;
        slot = std::make_unique<AtlasRun>();
        AtlasRun& r = *slot;
        const SharedAtlas& built = shared_atlas(atlas.name);
        r.out = built.out;
        r.build = built.build;
        r.gpkg = read_gpkg(r.out / "atlas.gpkg");
        if (r.build.exit_code != 0 || !qgis_missing().empty()) return r;
        r.sources = qgis_sources(atlas, r.out, qgis_work_dir(atlas.name));
        QgisInspection inspection = read_inspection(atlas.name);
        r.inspect = std::move(inspection.inspect);
        r.report = std::move(inspection.report);
        r.report_error = std::move(inspection.report_error);
        keep_evidence(atlas, r);
        return r;
    }

    static void keep_evidence(const AtlasCase& atlas, const AtlasRun& r) {
        const char* folder = std::getenv("BORDERMAP_QGIS_EVIDENCE");
        if (folder == nullptr || *folder == '\0') return;
        const fs::path target = fs::path(folder) / atlas.name;
        fs::create_directories(target);
        std::error_code ignored;
        const auto copy = fs::copy_options::overwrite_existing;
        fs::copy_file(qgis_work_dir(atlas.name) / "report.json", target / "report.json", copy, ignored);
        for (std::size_t i = 0; i < r.sources.size() && i < r.report["layers"].size(); ++i) {
            const json& l = r.report["layers"][i];
            if (!l.contains("render")) continue;
            std::string name = "qgis-" + r.sources[i].label + ".png";
            std::replace_if(name.begin(), name.end(), [](char c) { return c == '|' || c == ' ' || c == ':' || c == '/'; }, '_');
            fs::copy_file(l["render"].value("png", std::string()), target / name, copy, ignored);
        }
        for (const auto& map : atlas.maps) fs::copy_file(r.out / (map + ".png"), target / ("ours-" + map + ".png"), copy, ignored);
    }

    const AtlasRun* run_ = nullptr;
};

TEST_P(QgisLayers, WritesStylesBesideEveryLayerAndAGeoPackage) {
    for (const auto& map : GetParam().maps) {
        for (const char* ext : {".geojson", ".qml", ".sld", ".png"})
            EXPECT_TRUE(fs::exists(out() / (map + ext))) << map + ext << " is missing; written: " << ::testing::PrintToString(list_files(out()));
    }
    EXPECT_TRUE(run().gpkg.opened) << "atlas.gpkg is missing or unreadable; written: " << ::testing::PrintToString(list_files(out()));
    for (const auto& map : GetParam().maps) {
        EXPECT_NE(std::find(run().gpkg.layers.begin(), run().gpkg.layers.end(), map), run().gpkg.layers.end())
            << "atlas.gpkg has no layer " << map << "; it has " << ::testing::PrintToString(run().gpkg.layers);
    }
}

TEST_P(QgisLayers, EveryMapLayerIsValidInWgs84WithOurFeatureCount) {
    REQUIRE_QGIS();
    for (const std::size_t i : of({QgisSource::MapGeoJson, QgisSource::MapGpkg})) {
        const QgisSource& s = run().sources[i];
        const json& l = layer(i);
        const json geo = geojson(s.map);
        ASSERT_TRUE(l.value("is_valid", false)) << s.label << " does not load in QGIS: " << l.value("error", std::string());
        EXPECT_EQ(l.value("crs", std::string()), "EPSG:4326") << s.label;
        EXPECT_EQ(l.value("feature_count", -1), static_cast<int>(geo.value("features", json::array()).size())) << s.label;
        EXPECT_EQ(l["features"].size(), geo.value("features", json::array()).size()) << s.label;
    }
}

TEST_P(QgisLayers, AttributeValuesAreOurs) {
    REQUIRE_QGIS();
    for (const std::size_t i : of({QgisSource::MapGeoJson, QgisSource::MapGpkg})) {
        const QgisSource& s = run().sources[i];
        const json& l = layer(i);
        ASSERT_TRUE(l.value("is_valid", false)) << s.label;
        const auto ours = by_id(geojson(s.map));
        const auto theirs = by_id_in_qgis(l);
        std::set<std::string> our_ids, their_ids;
        for (const auto& [id, p] : ours) our_ids.insert(id);
        for (const auto& [id, f] : theirs) their_ids.insert(id);
        EXPECT_EQ(their_ids, our_ids) << s.label << ": the region ids QGIS reads";
        for (const auto& [id, props] : ours) {
            const auto found = theirs.find(id);
            if (found == theirs.end()) continue;
            const json& a = found->second["attributes"];
            for (const char* key : {"id", "value", "class", "colour"}) {
                ASSERT_TRUE(a.contains(key)) << s.label << " has no field " << key;
                EXPECT_EQ(a[key], props[key]) << s.label << ", " << id << ", " << key;
            }
        }
        if (s.kind == QgisSource::MapGpkg) {  // the same attributes as the GeoJSON, none lost
            std::set<std::string> fields;
            for (const auto& f : l["fields"]) fields.insert(f["name"].get<std::string>());
            std::set<std::string> properties;
            for (const auto& [id, props] : ours)
                for (const auto& [key, value] : props.items()) properties.insert(key);
            for (const auto& key : properties) EXPECT_TRUE(fields.count(key)) << s.label << " lacks the GeoJSON's property " << key;
        }
    }
}

TEST_P(QgisLayers, StyleComesFromOurQmlAndLayerStyles) {
    REQUIRE_QGIS();
    for (const std::size_t i : of({QgisSource::MapGeoJson, QgisSource::MapGpkg})) {
        const QgisSource& s = run().sources[i];
        const json& l = layer(i);
        ASSERT_TRUE(l.value("is_valid", false)) << s.label;
        EXPECT_EQ(l["renderer"].value("type", std::string()), "graduatedSymbol")
            << s.label << " opens with QGIS's " << l["renderer"].value("type", std::string()) << " renderer, not ours";
        EXPECT_TRUE(l["load_default_style"].value("ok", false))
            << s.label << ": loadDefaultStyle() says '" << l["load_default_style"].value("message", std::string()) << "'";
        EXPECT_EQ(l["load_default_style"].value("renderer_type", std::string()), "graduatedSymbol") << s.label;
    }
    // Without our .qml QGIS gives a single symbol: the graduated style above is ours, not a default.
    for (const std::size_t i : of({QgisSource::Control})) {
        ASSERT_TRUE(layer(i).value("is_valid", false)) << run().sources[i].label;
        EXPECT_EQ(layer(i)["renderer"].value("type", std::string()), "singleSymbol") << run().sources[i].label;
        EXPECT_FALSE(layer(i)["load_default_style"].value("ok", true)) << run().sources[i].label;
    }
}

TEST_P(QgisLayers, GeoPackageStylesEveryMapLayerByDefault) {
    ASSERT_TRUE(run().gpkg.opened) << "atlas.gpkg is missing or unreadable";
    EXPECT_TRUE(run().gpkg.styles_error.empty()) << "atlas.gpkg: layer_styles: " << run().gpkg.styles_error;
    for (const auto& map : GetParam().maps) {
        int rows = 0, defaults = 0;
        for (const auto& [table, use_as_default] : run().gpkg.styles) {
            if (table != map) continue;
            ++rows;
            if (use_as_default == 1) ++defaults;
        }
        EXPECT_EQ(rows, 1) << "layer_styles rows for " << map;
        EXPECT_EQ(defaults, 1) << "layer_styles rows with useAsDefault = 1 for " << map;
    }
}

TEST_P(QgisLayers, GraduatedRendererHasOurClassesLabelsAndColours) {
    REQUIRE_QGIS();
    for (const std::size_t i : of({QgisSource::MapGeoJson, QgisSource::MapGpkg})) {
        const QgisSource& s = run().sources[i];
        const json& l = layer(i);
        ASSERT_TRUE(l.value("is_valid", false)) << s.label;
        const json& r = l["renderer"];
        ASSERT_EQ(r.value("type", std::string()), "graduatedSymbol") << s.label;
        const ExpectedLegend legend = expected_legend(geojson(s.map));
        EXPECT_TRUE(legend.problems.empty()) << s.map << ".geojson: " << ::testing::PrintToString(legend.problems);
        ASSERT_FALSE(legend.classes.empty()) << s.map << ".geojson has no classed feature";

        const std::string attribute = r.value("class_attribute", std::string());
        const auto sentinel = sentinel_of(attribute);
        ASSERT_TRUE(sentinel.has_value()) << s.label << ": class attribute is '" << attribute << "', not coalesce(\"value\", S)";
        EXPECT_LT(*sentinel, legend.min_value) << s.label << ": the no-data sentinel must lie below every value";

        const json& ranges = r["ranges"];
        ASSERT_EQ(ranges.size(), legend.classes.size() + (legend.no_data ? 1 : 0))
            << s.label << ": ranges " << ranges.dump() << "\nexpected " << legend.classes.size() << " classes"
            << (legend.no_data ? " and a No data range" : "");
        // Each range holds its class's values and no other class's. A range may reach down to just above the
        // class below (and a manual class up to its break), so that a value edited in QGIS between two
        // classes still finds one.
        for (std::size_t k = 0; k < legend.classes.size(); ++k) {
            const ExpectedClass& c = legend.classes[k];
            const json& got = ranges[k];
            const std::string where = s.label + ", range " + std::to_string(k) + " (class " + std::to_string(c.number) + ")";
            const double low = got.value("lower", kNaN), high = got.value("upper", kNaN);
            EXPECT_TRUE(low <= c.min || same_number(low, c.min)) << where << ": lower " << got["lower"] << " above the class's least value " << c.min;
            EXPECT_TRUE(high >= c.max || same_number(high, c.max)) << where << ": upper " << got["upper"] << " below the class's greatest value " << c.max;
            if (k > 0) {
                EXPECT_GT(low, legend.classes[k - 1].max) << where << ": reaches into class " << legend.classes[k - 1].number;
                EXPECT_GT(low, ranges[k - 1].value("upper", kNaN)) << where << ": overlaps the range below";
            }
            if (k + 1 < legend.classes.size()) {
                EXPECT_LT(high, legend.classes[k + 1].min) << where << ": reaches into class " << legend.classes[k + 1].number;
            }
            EXPECT_EQ(got.value("label", std::string()), c.label) << where;
            EXPECT_EQ(lower(got.value("colour", std::string())), c.colour) << where;
        }
        EXPECT_TRUE(l.value("labels_enabled", false)) << s.label << ": labels are off";
    }
}

TEST_P(QgisLayers, NoDataRangeComesLastExactlyWhenAValueIsMissing) {
    REQUIRE_QGIS();
    if (GetParam().name == "example") {  // the case this guards: Heilongjiang reports nothing in 1961
        const auto crossings = by_id(geojson("crossings-1961"));
        ASSERT_TRUE(crossings.count("CN-HL")) << "crossings-1961.geojson has no Heilongjiang";
        ASSERT_TRUE(crossings.at("CN-HL")["value"].is_null()) << "Heilongjiang should have no value in 1961";
    }
    for (const std::size_t i : of({QgisSource::MapGeoJson, QgisSource::MapGpkg})) {
        const QgisSource& s = run().sources[i];
        const json& l = layer(i);
        ASSERT_TRUE(l.value("is_valid", false)) << s.label;
        const json& r = l["renderer"];
        ASSERT_EQ(r.value("type", std::string()), "graduatedSymbol") << s.label;
        const ExpectedLegend legend = expected_legend(geojson(s.map));
        const json& ranges = r["ranges"];
        ASSERT_FALSE(ranges.empty()) << s.label;
        const json& last = ranges.back();
        std::size_t no_data_ranges = 0;
        for (const auto& range : ranges) no_data_ranges += range.value("label", std::string()) == legend.no_data_label;
        if (!legend.no_data) {
            EXPECT_EQ(no_data_ranges, 0u) << s.label << ": every region has a value, yet the legend has No data";
            continue;
        }
        EXPECT_EQ(no_data_ranges, 1u) << s.label;
        EXPECT_FALSE(legend.no_data_label.empty()) << s.label;
        EXPECT_EQ(last.value("label", std::string()), legend.no_data_label) << s.label << ": the last range is " << last.dump();
        const auto sentinel = sentinel_of(r.value("class_attribute", std::string()));
        ASSERT_TRUE(sentinel.has_value()) << s.label << ": " << r.value("class_attribute", std::string());
        EXPECT_TRUE(same_number(last.value("lower", kNaN), *sentinel)) << s.label << ": No data lower " << last["lower"];
        EXPECT_TRUE(same_number(last.value("upper", kNaN), *sentinel)) << s.label << ": No data upper " << last["upper"];
        if (l.value("geometry_type", std::string()) != "Polygon") continue;
        // White fill with grey hatching.
        bool white_fill = false, grey_hatch = false;
        for (const auto& sl : last["symbol"]["layers"]) {
            if (!sl.value("enabled", true)) continue;
            const std::string type = sl.value("type", std::string());
            const auto colour = parse_colour(sl.value("colour", json()));
            const int brush = sl.value("brush_style", -1);
            if (type == "SimpleFill" && brush == 1 && colour && *colour == std::array<int, 3>{255, 255, 255} && sl.value("alpha", 0) == 255)
                white_fill = true;
            if (type == "SimpleFill" && brush >= 9 && brush <= 14 && colour && grey(*colour)) grey_hatch = true;  // Qt hatch brushes
            if ((type == "LinePatternFill" || type == "PointPatternFill") && sl.contains("sub_symbol")) {
                const auto sub = parse_colour(sl["sub_symbol"].value("colour", json()));
                if (sub && grey(*sub)) grey_hatch = true;
            }
        }
        EXPECT_TRUE(white_fill) << s.label << ": the No data symbol has no white fill: " << last["symbol"].dump();
        EXPECT_TRUE(grey_hatch) << s.label << ": the No data symbol has no grey hatching: " << last["symbol"].dump();
    }
}

TEST_P(QgisLayers, QgisDrawsEachRegionInItsClassColour) {
    REQUIRE_QGIS();
    for (const std::size_t i : of({QgisSource::MapGeoJson, QgisSource::MapGpkg})) {
        const QgisSource& s = run().sources[i];
        const json& l = layer(i);
        ASSERT_TRUE(l.value("is_valid", false)) << s.label;
        ASSERT_TRUE(l["render"].value("saved", false)) << s.label << ": QGIS's render was not saved";
        const std::string png = l["render"].value("png", std::string());
        const bool line = l.value("geometry_type", std::string()) == "Line";
        const ExpectedLegend legend = expected_legend(geojson(s.map));
        const auto ours = by_id(geojson(s.map));
        for (const auto& f : l["features"]) {
            const json& a = f["attributes"];
            const std::string id = a.value("id", std::string("?"));
            const auto found = ours.find(id);
            if (found == ours.end()) continue;  // reported by AttributeValuesAreOurs
            const json& sample = f["sample"];
            const auto pixel = parse_colour(sample.value("pixel", json()));
            ASSERT_TRUE(pixel.has_value()) << s.label << ", " << id << ": no sample inside the render: " << sample.dump();
            const std::string where = s.label + ", " + id + " at pixel (" + sample["x"].dump() + ", " + sample["y"].dump() + ") of " + png;
            if (found->second["value"].is_null()) {
                EXPECT_TRUE(neutral(*pixel)) << where << ": no data drawn as " << sample["pixel"] << ", not white or grey hatching";
                for (const auto& c : legend.classes) {
                    const auto colour = parse_colour(c.colour);
                    if (colour) {
                        EXPECT_GT(colour_distance(*pixel, *colour), 3) << where << ": no data drawn in class colour " << c.colour;
                    }
                }
                continue;
            }
            const auto expected = parse_colour(found->second["colour"]);
            ASSERT_TRUE(expected.has_value()) << s.map << ".geojson, " << id << ": colour " << found->second["colour"];
            int best = colour_distance(*pixel, *expected);
            if (line) {  // a thin line is antialiased at its edges: the line's own colour within two pixels
                for (const auto& n : sample.value("neighbourhood", json::array()))
                    if (const auto c = parse_colour(n)) best = std::min(best, colour_distance(*c, *expected));
            }
            EXPECT_LE(best, 3) << where << ": QGIS drew " << sample["pixel"] << ", our colour is " << found->second["colour"];
        }
    }
}

TEST_P(QgisLayers, OurPngShowsEveryClassColour) {
    for (const auto& map : GetParam().maps) {
        const fs::path png = out() / (map + ".png");
        ASSERT_TRUE(fs::exists(png)) << png;
        const auto histogram = colour_histogram(png);
        ASSERT_FALSE(histogram.empty()) << png << " cannot be read";
        for (const auto& c : expected_legend(geojson(map)).classes) {
            const auto rgb = parse_colour(c.colour);
            ASSERT_TRUE(rgb.has_value()) << map << ", class " << c.number << ": colour '" << c.colour << "'";
            const std::uint32_t key = (static_cast<std::uint32_t>((*rgb)[0]) << 16) | (static_cast<std::uint32_t>((*rgb)[1]) << 8) |
                                      static_cast<std::uint32_t>((*rgb)[2]);
            const auto found = histogram.find(key);
            const long pixels = found == histogram.end() ? 0 : found->second;
            EXPECT_GT(pixels, 50) << png << " has " << pixels << " pixels of class " << c.number << "'s colour " << c.colour;
        }
    }
}

TEST_P(QgisLayers, FiguresLayersHoldOneFeaturePerFigure) {
    REQUIRE_QGIS();
    const std::size_t rows = csv_data_rows(read_file(GetParam().folder / "figures.csv"));
    ASSERT_GT(rows, 0u);
    for (const QgisSource::Kind kind : {QgisSource::FiguresGeoJson, QgisSource::FiguresGpkg}) {
        const char* what = kind == QgisSource::FiguresGeoJson ? "figures_*.geojson" : "atlas.gpkg figures_* layers";
        const auto indexes = of({kind});
        EXPECT_FALSE(indexes.empty()) << "no " << what << " written; files: " << ::testing::PrintToString(list_files(out()))
                                      << ", GeoPackage layers: " << ::testing::PrintToString(run().gpkg.layers);
        long total = 0;
        std::set<std::string> rows_seen;
        for (const std::size_t i : indexes) {
            const QgisSource& s = run().sources[i];
            const json& l = layer(i);
            ASSERT_TRUE(l.value("is_valid", false)) << s.label << " does not load in QGIS: " << l.value("error", std::string());
            EXPECT_EQ(l.value("crs", std::string()), "EPSG:4326") << s.label;
            EXPECT_GT(l.value("feature_count", 0), 0) << s.label << " is written although empty";
            total += l.value("feature_count", 0);
            std::set<std::string> fields;
            for (const auto& f : l["fields"]) fields.insert(f["name"].get<std::string>());
            for (const char* field : {"indicator", "value", "qualifier", "period", "region_id", "region_as_written", "source", "figure_row"})
                EXPECT_TRUE(fields.count(field)) << s.label << " has no field " << field;
            for (const auto& f : l["features"]) {
                const json& row = f["attributes"].value("figure_row", json());
                if (row.is_string()) {
                    EXPECT_TRUE(rows_seen.insert(row.get<std::string>()).second) << s.label << ": figure " << row << " twice";
                }
            }
        }
        EXPECT_EQ(total, static_cast<long>(rows)) << what << ": features against data rows of " << GetParam().folder / "figures.csv";
    }
    // The GeoJSON and the GeoPackage hold the same layers.
    std::set<std::string> geojson_layers, gpkg_layers;
    for (const std::size_t i : of({QgisSource::FiguresGeoJson})) geojson_layers.insert(run().sources[i].map);
    for (const std::size_t i : of({QgisSource::FiguresGpkg})) gpkg_layers.insert(run().sources[i].map);
    EXPECT_EQ(gpkg_layers, geojson_layers);
}

TEST_P(QgisLayers, SldHasOneRulePerClassAndOneForNoData) {
    for (const auto& map : GetParam().maps) {
        const fs::path path = out() / (map + ".sld");
        ASSERT_TRUE(fs::exists(path)) << path;
        const std::string text = read_file(path);
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLXMLNode* root = CPLParseXMLString(text.c_str());
        CPLPopErrorHandler();
        ASSERT_NE(root, nullptr) << path << " is not well-formed XML";
        // Rules that draw features (a polygon, line or point symbolizer) are the legend's entries; a rule
        // holding only a TextSymbolizer places labels and is no class.
        std::size_t symbol_rules = 0;
        std::vector<std::string> other_rules;
        const auto local = [](const CPLXMLNode* node) {
            const std::string name = node->pszValue;
            const auto colon = name.find(':');
            return colon == std::string::npos ? name : name.substr(colon + 1);
        };
        const auto visit = [&](const auto& self, const CPLXMLNode* node) -> void {
            for (; node != nullptr; node = node->psNext) {
                if (node->eType != CXT_Element) continue;
                if (local(node) != "Rule") {
                    self(self, node->psChild);
                    continue;
                }
                bool draws = false, labels_only = true;
                std::string rule_name = "(unnamed)";
                for (const CPLXMLNode* child = node->psChild; child != nullptr; child = child->psNext) {
                    if (child->eType != CXT_Element) continue;
                    const std::string kind = local(child);
                    if (kind == "PolygonSymbolizer" || kind == "LineSymbolizer" || kind == "PointSymbolizer") draws = true;
                    if (kind.ends_with("Symbolizer") && kind != "TextSymbolizer") labels_only = false;
                    if (kind == "Name" && child->psChild != nullptr && child->psChild->eType == CXT_Text) rule_name = child->psChild->pszValue;
                }
                if (draws) ++symbol_rules;
                else if (!labels_only) other_rules.push_back(rule_name);
            }
        };
        visit(visit, root);
        CPLDestroyXMLNode(root);
        EXPECT_TRUE(other_rules.empty()) << path << ": rules that neither draw features nor place labels: "
                                         << ::testing::PrintToString(other_rules);
        const ExpectedLegend legend = expected_legend(geojson(map));
        EXPECT_EQ(symbol_rules, legend.classes.size() + (legend.no_data ? 1 : 0))
            << path << ": " << legend.classes.size() << " classes" << (legend.no_data ? " and no data" : "");
    }
}

TEST_P(QgisLayers, PrintsSummaryForTheClosingNote) {
    REQUIRE_QGIS();
    std::ostringstream s;
    s << "QGIS " << run().report.value("qgis_version", std::string("?")) << ", " << GetParam().name << " atlas ("
      << GetParam().folder.filename().string() << ")\n";
    for (std::size_t i = 0; i < run().sources.size(); ++i) {
        const json& l = layer(i);
        s << "  " << run().sources[i].label << ": ";
        if (!l.value("is_valid", false)) {
            s << "INVALID " << l.value("error", std::string()) << "\n";
            continue;
        }
        const json& r = l["renderer"];
        s << l.value("feature_count", -1) << " features, " << l.value("geometry_type", std::string()) << ", "
          << l.value("crs", std::string()) << ", " << r.value("type", std::string());
        if (r.contains("class_attribute")) s << " on " << r.value("class_attribute", std::string());
        s << ", labels " << (l.value("labels_enabled", false) ? "on" : "off") << "\n";
        for (const auto& range : r.value("ranges", json::array())) {
            s << "      " << format_number(range.value("lower", kNaN)) << " - " << format_number(range.value("upper", kNaN)) << "  "
              << range.value("colour", std::string()) << "  \"" << range.value("label", std::string()) << "\"\n";
        }
    }
    std::cout << s.str() << std::flush;
    SUCCEED();
}

INSTANTIATE_TEST_SUITE_P(
    Qgis, QgisLayers,
    testing::ValuesIn(atlas_cases()),
    [](const testing::TestParamInfo<AtlasCase>& param) { return param.param.name; });

}  // namespace
