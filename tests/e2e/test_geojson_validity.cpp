// Every GeoJSON that `bordermap build` writes, for the example and the fixture atlas, checked by a
// second, independent validator (Debian's python3-geojson) and by our own reading of the RFC 7946
// rules that validator leaves out: no crs member, a bbox holding every coordinate, right-hand
// winding, longitude/latitude ranges, at most six decimals.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "test_support.hpp"

using namespace bordermap::test;
using nlohmann::json;

namespace {

const char* const kPython = "/usr/bin/python3";

// Validates each GeoJSON file named on the command line with python-geojson; prints a JSON array.
const char* const kValidator = R"PY(
import json, sys
import geojson
results = []
for path in sys.argv[1:]:
    entry = {"path": path}
    try:
        with open(path, encoding="utf-8") as f:
            obj = geojson.loads(f.read())
        if not isinstance(obj, geojson.GeoJSON):
            entry.update(is_valid=False, errors="not a GeoJSON object: %s" % type(obj).__name__)
        else:
            entry.update(type=type(obj).__name__, is_valid=bool(obj.is_valid), errors=obj.errors())
    except Exception as error:
        entry.update(is_valid=False, errors="%s: %s" % (type(error).__name__, error))
    results.append(entry)
print(json.dumps(results, default=str))
)PY";

// Empty when python-geojson imports in Debian's Python; otherwise why it does not.
const std::string& geojson_missing() {
    static const std::string reason = python_import_failure("geojson");
    return reason;
}



// A position's numbers as written, for the decimals rule: the SAX parser hands us their text.
struct RawNumber {
    std::string member;  // "coordinates" or "bbox"
    std::string text;
};

class NumberText : public nlohmann::json_sax<json> {
public:
    std::vector<RawNumber> numbers;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t& text) override {
        const std::string member = in_object() ? key_ : (frames_.empty() ? std::string() : frames_.back().member);
        if (member == "coordinates" || member == "bbox") numbers.push_back({member, text});
        return true;
    }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t& k) override {
        key_ = k;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    struct Frame {
        bool object;
        std::string member;  // the member this container is the value of, carried down through arrays
    };
    bool in_object() const { return !frames_.empty() && frames_.back().object; }
    bool open(bool object) {
        const std::string member = in_object() ? key_ : (frames_.empty() ? std::string() : frames_.back().member);
        frames_.push_back({object, member});
        return true;
    }
    bool close() {
        frames_.pop_back();
        return true;
    }
    std::vector<Frame> frames_;
    std::string key_;
};

// A member of an object, or null when it has none, by reference: json::value() would copy it (all
// the features of a layer, once per feature).
const json& member(const json& object, const char* key) {
    static const json none;
    if (!object.is_object()) return none;
    const auto found = object.find(key);
    return found == object.end() ? none : *found;
}

// Decimal places a number's text carries, exponent included (1.5e-7 has 8).
int decimals(const std::string& text) {
    const auto e = text.find_first_of("eE");
    const std::string mantissa = text.substr(0, e);
    const int exponent = e == std::string::npos ? 0 : std::stoi(text.substr(e + 1));
    const auto dot = mantissa.find('.');
    const int fraction = dot == std::string::npos ? 0 : static_cast<int>(mantissa.size() - dot - 1);
    return std::max(0, fraction - exponent);
}

// Every position of a geometry, with a path for messages.
void positions(const json& geometry, const std::string& where, std::vector<std::pair<std::string, json>>& found) {
    if (!geometry.is_object()) return;
    const std::string type = geometry.value("type", std::string());
    if (type == "GeometryCollection") {
        for (std::size_t i = 0; i < member(geometry, "geometries").size(); ++i)
            positions(geometry["geometries"][i], where + ".geometries[" + std::to_string(i) + "]", found);
        return;
    }
    const auto walk = [&found](const auto& self, const json& node, const std::string& path) -> void {
        if (node.is_array() && !node.empty() && node[0].is_number()) {
            found.emplace_back(path, node);
            return;
        }
        if (!node.is_array()) return;
        for (std::size_t i = 0; i < node.size(); ++i) self(self, node[i], path + "[" + std::to_string(i) + "]");
    };
    walk(walk, member(geometry, "coordinates"), where + ".coordinates");
}

// Twice the signed area of a ring in longitude/latitude (positive when counter-clockwise).
double signed_area(const json& ring) {
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i][0].get<double>() * ring[i + 1][1].get<double>() - ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    return sum;
}

// Each polygon of a geometry (Polygon, MultiPolygon, inside collections) with a path.
void polygons(const json& geometry, const std::string& where, std::vector<std::pair<std::string, json>>& found) {
    if (!geometry.is_object()) return;
    const std::string type = geometry.value("type", std::string());
    if (type == "Polygon") found.emplace_back(where, geometry["coordinates"]);
    if (type == "MultiPolygon")
        for (std::size_t i = 0; i < geometry["coordinates"].size(); ++i)
            found.emplace_back(where + ".coordinates[" + std::to_string(i) + "]", geometry["coordinates"][i]);
    if (type == "GeometryCollection")
        for (std::size_t i = 0; i < member(geometry, "geometries").size(); ++i)
            polygons(geometry["geometries"][i], where + ".geometries[" + std::to_string(i) + "]", found);
}

std::string feature_name(const json& feature, std::size_t index) {
    std::string name = "feature " + std::to_string(index);
    if (feature.contains("properties") && feature["properties"].is_object() && feature["properties"].contains("id"))
        name += " (" + feature["properties"]["id"].dump() + ")";
    return name;
}

class GeoJsonLayers : public testing::TestWithParam<AtlasCase> {
protected:
    void SetUp() override {
        const SharedAtlas& atlas = shared_atlas(GetParam().name);
        ASSERT_EQ(atlas.build.exit_code, 0) << "bordermap build " << GetParam().folder << " failed:\n" << atlas.build.err;
        for (const auto& map : GetParam().maps)
            ASSERT_TRUE(fs::exists(atlas.out / (map + ".geojson"))) << map << ".geojson was not written";
        for (const auto& file : list_files(atlas.out))
            if (file.ends_with(".geojson")) files_.push_back(atlas.out / file);
    }

    const std::vector<fs::path>& files() const { return files_; }

private:
    std::vector<fs::path> files_;
};

TEST_P(GeoJsonLayers, PythonGeojsonFindsEveryLayerValid) {
    if (!geojson_missing().empty()) GTEST_SKIP() << "python3-geojson is not installed (Debian's python3-geojson): " << geojson_missing();
    std::vector<std::string> args{"-c", kValidator};
    for (const auto& file : files()) args.push_back(file.string());
    const RunResult r = run_program(kPython, args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json results = json::parse(r.out);
    ASSERT_EQ(results.size(), files().size()) << r.out;
    for (const auto& result : results) {
        const std::string path = result.value("path", std::string());
        EXPECT_EQ(result.value("type", std::string()), "FeatureCollection") << path;
        EXPECT_TRUE(result.value("is_valid", false)) << path << ": " << result["errors"].dump();
        const json& errors = result["errors"];
        EXPECT_TRUE(errors.is_null() || (errors.is_array() && errors.empty()) || (errors.is_object() && errors.empty()))
            << path << ": " << errors.dump();
    }
}

TEST_P(GeoJsonLayers, HasNoCrsMember) {
    for (const auto& file : files()) {
        const json layer = read_json(file);
        EXPECT_FALSE(layer.contains("crs")) << file << ": RFC 7946 removed the crs member";
        const json& features = member(layer, "features");
        for (std::size_t i = 0; i < features.size(); ++i) {
            const json& f = features[i];
            EXPECT_FALSE(f.contains("crs")) << file << ", " << feature_name(f, i);
            if (f.contains("geometry") && f["geometry"].is_object()) {
                EXPECT_FALSE(f["geometry"].contains("crs")) << file << ", " << feature_name(f, i);
            }
        }
    }
}

TEST_P(GeoJsonLayers, BboxHoldsEveryCoordinate) {
    for (const auto& file : files()) {
        const json layer = read_json(file);
        ASSERT_TRUE(layer.contains("bbox")) << file << " has no bbox";
        const json& bbox = layer["bbox"];
        ASSERT_TRUE(bbox.is_array() && bbox.size() == 4) << file << ": bbox " << bbox.dump() << " is not 4 numbers";
        for (const auto& n : bbox) ASSERT_TRUE(n.is_number()) << file << ": bbox " << bbox.dump();
        const double west = bbox[0], south = bbox[1], east = bbox[2], north = bbox[3];
        EXPECT_LE(west, east) << file << ": bbox " << bbox.dump();
        EXPECT_LE(south, north) << file << ": bbox " << bbox.dump();
        const double slack = 1e-9;
        std::size_t checked = 0;
        const json& features = member(layer, "features");
        for (std::size_t i = 0; i < features.size(); ++i) {
            const json& f = features[i];
            std::vector<std::pair<std::string, json>> found;
            positions(member(f, "geometry"), feature_name(f, i), found);
            // A feature's own bbox, when present, must hold the feature too.
            std::optional<std::array<double, 4>> own;
            if (f.contains("bbox")) {
                ASSERT_TRUE(f["bbox"].is_array() && f["bbox"].size() == 4) << file << ", " << feature_name(f, i) << ": bbox " << f["bbox"].dump();
                own = std::array<double, 4>{f["bbox"][0], f["bbox"][1], f["bbox"][2], f["bbox"][3]};
            }
            for (const auto& [where, p] : found) {
                const double x = p[0], y = p[1];
                ++checked;
                if (x < west - slack || x > east + slack || y < south - slack || y > north + slack) {
                    ADD_FAILURE() << file << ": " << where << " " << p.dump() << " lies outside the bbox " << bbox.dump();
                    break;  // one per feature is enough to read
                }
                if (own && (x < (*own)[0] - slack || x > (*own)[2] + slack || y < (*own)[1] - slack || y > (*own)[3] + slack)) {
                    ADD_FAILURE() << file << ": " << where << " " << p.dump() << " lies outside its feature's bbox " << f["bbox"].dump();
                    break;
                }
            }
        }
        EXPECT_GT(checked, 0u) << file << " has no coordinates";
    }
}

TEST_P(GeoJsonLayers, RingsFollowTheRightHandRule) {
    std::size_t rings = 0;
    for (const auto& file : files()) {
        const json layer = read_json(file);
        const json& features = member(layer, "features");
        for (std::size_t i = 0; i < features.size(); ++i) {
            const json& f = features[i];
            std::vector<std::pair<std::string, json>> found;
            polygons(member(f, "geometry"), feature_name(f, i), found);
            for (const auto& [where, polygon] : found) {
                for (std::size_t r = 0; r < polygon.size(); ++r) {
                    ++rings;
                    const json& ring = polygon[r];
                    ASSERT_GE(ring.size(), 4u) << file << ": " << where << ", ring " << r;
                    EXPECT_EQ(ring.front(), ring.back()) << file << ": " << where << ", ring " << r << " is not closed";
                    const double area = signed_area(ring);
                    if (r == 0) {
                        EXPECT_GT(area, 0) << file << ": " << where << ": exterior ring is clockwise; RFC 7946 wants counter-clockwise";
                    } else {
                        EXPECT_LT(area, 0) << file << ": " << where << ": hole " << r << " is counter-clockwise; RFC 7946 wants clockwise";
                    }
                }
            }
        }
    }
    EXPECT_GT(rings, 0u) << "no polygon in any layer: the rule was not exercised";
}

TEST_P(GeoJsonLayers, CoordinatesAreLongitudeLatitude) {
    for (const auto& file : files()) {
        const json layer = read_json(file);
        const json& features = member(layer, "features");
        for (std::size_t i = 0; i < features.size(); ++i) {
            const json& f = features[i];
            std::vector<std::pair<std::string, json>> found;
            positions(member(f, "geometry"), feature_name(f, i), found);
            for (const auto& [where, p] : found) {
                ASSERT_TRUE(p.size() == 2 || p.size() == 3) << file << ": " << where << " " << p.dump();
                const double lon = p[0], lat = p[1];
                if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                    ADD_FAILURE() << file << ": " << where << " " << p.dump() << " is not longitude, latitude in degrees";
                    break;
                }
            }
        }
    }
}

TEST_P(GeoJsonLayers, CoordinatesHaveAtMostSixDecimals) {
    for (const auto& file : files()) {
        NumberText numbers;
        ASSERT_TRUE(json::sax_parse(read_file(file), &numbers)) << file << " is not JSON";
        std::map<std::string, std::pair<int, std::string>> worst;  // by member: most decimals and the number
        for (const auto& n : numbers.numbers) {
            const int d = decimals(n.text);
            auto& w = worst[n.member];
            if (d > w.first) w = {d, n.text};
        }
        for (const auto& [member, w] : worst) EXPECT_LE(w.first, 6) << file << ": " << member << " holds " << w.second;
    }
}

INSTANTIATE_TEST_SUITE_P(
    GeoJsonValidity, GeoJsonLayers,
    testing::ValuesIn(atlas_cases()),
    [](const testing::TestParamInfo<AtlasCase>& param) { return param.param.name; });

}  // namespace
