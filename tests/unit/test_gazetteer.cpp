// geo/gazetteer.hpp and geo/geodata.hpp: the bundled geodata, and names resolved to features.
#include <gtest/gtest.h>
#include <gdal_utils.h>

#include <memory>
#include <string>
#include <vector>

#include "bordermap/core/error.hpp"
#include "bordermap/geo/gazetteer.hpp"
#include "bordermap/geo/geodata.hpp"
#include "test_support.hpp"

using bordermap::DataError;
using bordermap::FeatureKind;
using bordermap::Gazetteer;
using bordermap::Geodata;
using bordermap::Resolution;
using bordermap::test::contains;
using bordermap::test::TempDir;
using bordermap::test::write_file;

namespace {


// The bundled geodata, loaded once for all tests of this file.
class BundledGazetteer : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        geodata_ = std::make_unique<Geodata>(bordermap::load_geodata(bordermap::test::source_dir() / "geodata"));
        gazetteer_ = std::make_unique<Gazetteer>(*geodata_);
    }
    static void TearDownTestSuite() {
        gazetteer_.reset();
        geodata_.reset();
    }
    static std::string id_of(const std::string& name) { return gazetteer_->resolve(name, "test").id; }

    static std::unique_ptr<Geodata> geodata_;
    static std::unique_ptr<Gazetteer> gazetteer_;
};
std::unique_ptr<Geodata> BundledGazetteer::geodata_;
std::unique_ptr<Gazetteer> BundledGazetteer::gazetteer_;

// ---- a tiny synthetic geodata folder

std::string point_feature(const std::string& properties, double x, double y) {
    return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":{"type":"Point","coordinates":[)" +
           std::to_string(x) + "," + std::to_string(y) + "]}}";
}

std::string square_feature(const std::string& properties, double x, double y) {
    const std::string a = std::to_string(x), b = std::to_string(y), c = std::to_string(x + 1), d = std::to_string(y + 1);
    return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":{"type":"Polygon","coordinates":[[[)" + a + "," +
           b + "],[" + c + "," + b + "],[" + c + "," + d + "],[" + a + "," + d + "],[" + a + "," + b + "]]]}}";
}

std::string line_feature(const std::string& properties, double x0, double y0, double x1, double y1) {
    return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":{"type":"LineString","coordinates":[[)" +
           std::to_string(x0) + "," + std::to_string(y0) + "],[" + std::to_string(x1) + "," + std::to_string(y1) + "]]}}";
}

std::string collection(const std::vector<std::string>& features) {
    std::string out = R"({"type":"FeatureCollection","features":[)";
    for (std::size_t i = 0; i < features.size(); ++i) out += (i ? "," : "") + features[i];
    return out + "]}";
}

std::string props(const std::string& id, const std::string& kind, const std::string& en, const std::string& country) {
    return R"("id":")" + id + R"(","kind":")" + kind + R"(","name_en":")" + en + R"(","name_zh":"","name_ko":"","country":")" +
           country + "\"";
}

void to_geopackage_layer(const std::filesystem::path& geojson, const std::filesystem::path& gpkg, const char* layer) {
    GDALAllRegister();
    GDALDatasetH source = GDALOpenEx(geojson.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    ASSERT_NE(source, nullptr) << geojson;
    const bool exists = std::filesystem::exists(gpkg);
    std::vector<const char*> args{"-f", "GPKG", "-nln", layer};
    if (exists) args.push_back("-update");
    args.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args.data()), nullptr);
    GDALDatasetH out = GDALVectorTranslate(gpkg.c_str(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    ASSERT_NE(out, nullptr) << gpkg;
    GDALClose(out);
    GDALClose(source);
    std::filesystem::remove(geojson);
}

struct SyntheticGeodata {
    std::string countries = collection({square_feature(props("AA", "country", "Aland", "AA"), 0, 0)});
    std::string admin1 = collection({square_feature(props("AA-1", "admin1", "North Province", "AA"), 0, 0),
                                     square_feature(props("AA-2", "admin1", "South Province", "AA"), 0, -1)});
    std::string rivers = collection({line_feature(props("river-a", "river", "Alpha River", ""), 0, 0, 1, 1)});
    std::string places = collection({point_feature(props("place-a", "place", "Alphaville", "AA"), 0.2, 0.2),
                                     point_feature(props("place-b", "place", "Betaville", "AA"), 0.8, 0.8)});
    std::string groups = "id,members,name_en,name_zh,name_ko\ngroup-ab,place-a;place-b,Both Towns,,\n";
    std::string gazetteer = "id,name,system,note\nAA-1,Northland,historical,\nplace-a,Gammatown,historical,\n";

    void write(const TempDir& dir) const {
        // The bundled geodata keeps countries and first-level units as two layers of world.gpkg.
        write_file(dir / "countries.geojson", countries);
        write_file(dir / "admin1.geojson", admin1);
        to_geopackage_layer(dir / "countries.geojson", dir / "world.gpkg", "countries");
        to_geopackage_layer(dir / "admin1.geojson", dir / "world.gpkg", "admin1");
        write_file(dir / "rivers.geojson", rivers);
        write_file(dir / "places.geojson", places);
        write_file(dir / "groups.csv", groups);
        write_file(dir / "gazetteer.csv", gazetteer);
    }
};

DataError gazetteer_load_error(const TempDir& dir) {
    try {
        (void)bordermap::load_geodata(dir.path());
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}

DataError resolve_error(const Gazetteer& gazetteer, const std::string& name, const std::string& where) {
    try {
        (void)gazetteer.resolve(name, where);
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}

}  // namespace

// ---------------------------------------------------------------- bundled geodata

TEST_F(BundledGazetteer, HoldsTheBorderFeatures) {
    for (const std::string id : {"CN", "KP", "CN-JL", "CN-HL", "CN-LN", "river-yalu", "river-tumen", "place-yanji", "place-dandong"}) {
        EXPECT_NE(geodata_->find(id), nullptr) << id;
    }
    EXPECT_EQ(geodata_->find("XX-NOPE"), nullptr);
}

TEST_F(BundledGazetteer, FeaturesHaveTheKindOfTheirLayer) {
    EXPECT_EQ(geodata_->find("CN")->kind, FeatureKind::country);
    EXPECT_EQ(geodata_->find("CN-JL")->kind, FeatureKind::admin1);
    EXPECT_EQ(geodata_->find("river-yalu")->kind, FeatureKind::river);
    EXPECT_EQ(geodata_->find("place-yanji")->kind, FeatureKind::place);
    EXPECT_EQ(bordermap::feature_kind_names.name(FeatureKind::river), "river");
}

TEST_F(BundledGazetteer, JilinHasItsNamesAndABoxInNortheastChina) {
    const auto* jilin = geodata_->find("CN-JL");
    ASSERT_NE(jilin, nullptr);
    EXPECT_EQ(jilin->name_en, "Jilin");
    EXPECT_EQ(jilin->country, "CN");
    EXPECT_GT(jilin->box.min_x, 120.0);
    EXPECT_LT(jilin->box.max_x, 132.0);
    EXPECT_GT(jilin->box.min_y, 40.0);
    EXPECT_LT(jilin->box.max_y, 47.0);
}

TEST_F(BundledGazetteer, ResolvesPostalRomanizationOfJilin) {
    EXPECT_EQ(id_of("Kirin"), "CN-JL");
    EXPECT_EQ(id_of("KIRIN"), "CN-JL");
}

TEST_F(BundledGazetteer, ResolvesEnglishChineseAndKoreanNamesOfJilin) {
    EXPECT_EQ(id_of("Jilin Province"), "CN-JL");
    EXPECT_EQ(id_of("Jilin"), "CN-JL");
    EXPECT_EQ(id_of("\u5409\u6797"), "CN-JL");        // 吉林
    EXPECT_EQ(id_of("\u5409\u6797\u7701"), "CN-JL");  // 吉林省
    EXPECT_EQ(id_of("\uAE38\uB9BC\uC131"), "CN-JL");  // 길림성
    EXPECT_EQ(id_of("J\u00edl\u00edn"), "CN-JL");     // Jílín
}

TEST_F(BundledGazetteer, ResolvesIsoCodesInAnyCase) {
    EXPECT_EQ(id_of("CN-JL"), "CN-JL");
    EXPECT_EQ(id_of("cn-jl"), "CN-JL");
}

TEST_F(BundledGazetteer, ResolvesOldNamesOfHeilongjiang) {
    EXPECT_EQ(id_of("Heilungkiang"), "CN-HL");
    EXPECT_EQ(id_of("Hei-lung-chiang"), "CN-HL");
    EXPECT_EQ(id_of("Hei lung chiang"), "CN-HL");
}

TEST_F(BundledGazetteer, ResolvesOldNamesInLiaoning) {
    EXPECT_EQ(id_of("Liaotung"), "CN-LN");
    EXPECT_EQ(id_of("Antung"), "place-dandong");
}

TEST_F(BundledGazetteer, ResolvesKoreanNamesOfTheRivers) {
    EXPECT_EQ(id_of("Amnok"), "river-yalu");
    EXPECT_EQ(id_of("Tuman"), "river-tumen");
}

TEST_F(BundledGazetteer, SingleFeatureResolutionStandsForItself) {
    const Resolution r = gazetteer_->resolve("Tuman", "test");
    EXPECT_FALSE(r.is_group);
    EXPECT_EQ(r.features, (std::vector<std::string>{"river-tumen"}));
}

TEST_F(BundledGazetteer, BothRiversResolveToTheirGroup) {
    const Resolution r = gazetteer_->resolve("Yalu River and Tumen River", "test");
    EXPECT_EQ(r.id, "group-yalu-tumen");
    EXPECT_TRUE(r.is_group);
    EXPECT_EQ(r.features, (std::vector<std::string>{"river-yalu", "river-tumen"}));
}

TEST_F(BundledGazetteer, PrefectureResolvesToItsSeat) {
    EXPECT_EQ(id_of("Yanbian Korean Autonomous Prefecture"), "place-yanji");
}

TEST_F(BundledGazetteer, UnknownNameSuggestsTheNearest) {
    const DataError e = resolve_error(*gazetteer_, "Kirim", "figures.csv:7");
    EXPECT_EQ(e.where(), "figures.csv:7");
    EXPECT_TRUE(contains(e.problem(), "'Kirim'")) << e.what();
    EXPECT_TRUE(contains(e.fix(), "'Kirin'")) << e.what();
}

TEST_F(BundledGazetteer, SuggestionsPutTheClosestFirst) {
    const auto s = gazetteer_->suggestions("Kirim");
    ASSERT_FALSE(s.empty());
    EXPECT_LE(s.size(), 3u);
    EXPECT_EQ(s.front(), "'Kirin' (CN-JL)");
}

TEST_F(BundledGazetteer, ZeroSuggestionsAskedGivesNone) {
    EXPECT_TRUE(gazetteer_->suggestions("Kirim", 0).empty());
}

TEST_F(BundledGazetteer, SuggestionsAreDistinctNearbyPlacesUpToTheCount) {
    // "Liaotang" is one edit from Liaotung and Liaoyang is not a feature: only near names are offered.
    const auto near = gazetteer_->suggestions("Liaotang", 5);
    ASSERT_FALSE(near.empty());
    EXPECT_LE(near.size(), 5u);
    EXPECT_EQ(near.front(), "'Liaotung' (CN-LN)");
    for (std::size_t i = 1; i < near.size(); ++i) EXPECT_EQ(near[i].find("(CN-LN)"), std::string::npos) << "one name per place";
    // A name far from everything still gets its closest match, and only that.
    EXPECT_EQ(gazetteer_->suggestions("Zzzzzzzzzzzz", 5).size(), 1u);
}

// A bundled name resolves to its feature, or is reported ambiguous naming it: the world repeats
// names (Punjab in India and in Pakistan). A unit of the world may lose its name only to its own
// country (Belize) or to a name the project keeps by hand (the Northeast).
void expect_found_ambiguous_or_yielding(const Gazetteer& gazetteer, const bordermap::Geodata& geodata, const std::string& name,
                                        const bordermap::GeoFeature& feature) {
    try {
        const std::string id = gazetteer.resolve(name, "test").id;
        if (id == feature.id) return;
        EXPECT_TRUE(feature.names_from_natural_earth) << name << ": a name kept by hand gives " << id << ", not " << feature.id;
        const bordermap::GeoFeature* winner = geodata.find(id);
        EXPECT_TRUE(!winner || id == feature.country || !winner->names_from_natural_earth) << name << " gives " << id << ", not " << feature.id;
    } catch (const DataError& e) {
        EXPECT_EQ(e.code(), "ambiguous_region") << e.what();
        EXPECT_NE(e.problem().find(feature.id), std::string::npos) << e.what();
    }
}

TEST_F(BundledGazetteer, EveryHandKeptAliasResolvesToItsOwnId) {
    ASSERT_FALSE(geodata_->aliases.empty());
    for (const auto& alias : geodata_->aliases) {
        if (alias.system == bordermap::other_spelling_system) continue;
        try {
            EXPECT_EQ(gazetteer_->resolve(alias.name, alias.where).id, alias.id) << alias.where << " " << alias.name;
        } catch (const DataError& e) {
            ADD_FAILURE() << e.what();
        }
    }
}

TEST_F(BundledGazetteer, EveryFeatureIsFoundByItsIdAndItsNamesUnlessTheyRepeat) {
    for (const auto& f : geodata_->features) {
        EXPECT_EQ(gazetteer_->resolve(f.id, "test").id, f.id);
        for (const std::string* name : {&f.name_en, &f.name_zh, &f.name_ko})
            if (!name->empty()) expect_found_ambiguous_or_yielding(*gazetteer_, *geodata_, *name, f);
    }
}

TEST_F(BundledGazetteer, ANameItsCountryAlsoHasMeansTheCountry) {
    EXPECT_EQ(gazetteer_->resolve("Belize", "test").id, "BZ");
    EXPECT_EQ(gazetteer_->resolve("Belize (Belize)", "test").id, "BZ-belize");
}

TEST_F(BundledGazetteer, UnitsOfTheWholeWorldResolveByTheirNamesAndOtherSpellings) {
    EXPECT_EQ(gazetteer_->resolve("Gyeonggi", "test").id, "KR-gyeonggi");
    EXPECT_EQ(gazetteer_->resolve("Gyeonggi-do", "test").id, "KR-gyeonggi");
    EXPECT_EQ(gazetteer_->resolve("Bavaria", "test").id, "DE-bayern");
    EXPECT_EQ(gazetteer_->resolve("Freistaat Bayern", "test").id, "DE-bayern");
    EXPECT_EQ(gazetteer_->resolve("Texas", "test").id, "US-texas");
    EXPECT_EQ(gazetteer_->resolve("Punjab (Pakistan)", "test").id, "PK-punjab");
    EXPECT_EQ(gazetteer_->resolve("Punjab, India", "test").id, "IN-punjab");
    EXPECT_EQ(gazetteer_->resolve("Isère", "test").id, "FR-isere");  // ids are ASCII
    EXPECT_EQ(gazetteer_->resolve("Isere", "test").id, "FR-isere");
    EXPECT_EQ(gazetteer_->resolve("Germany", "test").id, "DE");
    // One name, two units: ambiguous, and the message names both.
    EXPECT_THROW((void)gazetteer_->resolve("Punjab", "test"), DataError);
}

TEST_F(BundledGazetteer, TheProjectsOwnNamesWinOverNaturalEarthsOtherSpellings) {
    // South Korea's Gangwon is also "Kangwon-Do" in Natural Earth; the hand-kept Kangwŏn-do is North Korea's.
    EXPECT_EQ(gazetteer_->resolve("Kangwon-do", "test").id, "KP-07");
    EXPECT_EQ(gazetteer_->resolve("Gangwon", "test").id, "KR-gangwon");
}

// ---------------------------------------------------------------- synthetic geodata

TEST(Geodata, LoadsASmallFolder) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata().write(dir);
    const Geodata g = bordermap::load_geodata(dir.path());
    EXPECT_EQ(g.features.size(), 6u);
    ASSERT_EQ(g.groups.size(), 1u);
    EXPECT_EQ(g.groups[0].members, (std::vector<std::string>{"place-a", "place-b"}));
    ASSERT_EQ(g.aliases.size(), 2u);
    EXPECT_EQ(g.aliases[0].name, "Northland");
    EXPECT_EQ(g.aliases[0].where, (dir / "gazetteer.csv").string() + ":2");
    const auto* square = g.find("AA-2");
    ASSERT_NE(square, nullptr);
    EXPECT_DOUBLE_EQ(square->box.min_y, -1.0);
    EXPECT_DOUBLE_EQ(square->box.max_x, 1.0);
    EXPECT_EQ(g.find("river-a")->country, "");
    EXPECT_NE(g.find_group("group-ab"), nullptr);
    EXPECT_EQ(g.find_group("place-a"), nullptr);
}

TEST(Geodata, GazetteerResolvesSyntheticNamesAndAliases) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata().write(dir);
    const Geodata g = bordermap::load_geodata(dir.path());
    const Gazetteer gazetteer(g);
    EXPECT_EQ(gazetteer.resolve("north province", "t").id, "AA-1");
    EXPECT_EQ(gazetteer.resolve("Northland", "t").id, "AA-1");
    EXPECT_EQ(gazetteer.resolve("Both Towns", "t").features, (std::vector<std::string>{"place-a", "place-b"}));
}

TEST(Geodata, AmbiguousAliasNamesBothIds) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.gazetteer = "id,name,system,note\nplace-a,Twin Town,historical,\nplace-b,Twin-town,historical,\n";
    data.write(dir);
    const Geodata g = bordermap::load_geodata(dir.path());
    const Gazetteer gazetteer(g);
    const DataError e = resolve_error(gazetteer, "Twin Town", "figures.csv:3");
    EXPECT_EQ(e.where(), "figures.csv:3");
    EXPECT_TRUE(contains(e.problem(), "ambiguous")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "place-a")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "place-b")) << e.what();
}

TEST(Geodata, SameAliasTwiceForOneIdIsNotAmbiguous) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.gazetteer = "id,name,system,note\nplace-a,Alphaville,en,\nplace-a,ALPHAVILLE,en,\n";
    data.write(dir);
    const Geodata g = bordermap::load_geodata(dir.path());
    EXPECT_EQ(Gazetteer(g).resolve("alphaville", "t").id, "place-a");
}

TEST(Geodata, AliasToAMissingIdNamesTheGazetteerLine) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.gazetteer = "id,name,system,note\nAA-1,Northland,historical,\nAA-9,Nowhere,historical,\n";
    data.write(dir);
    const DataError e = gazetteer_load_error(dir);
    EXPECT_EQ(e.where(), (dir / "gazetteer.csv").string() + ":3");
    EXPECT_TRUE(contains(e.problem(), "'AA-9'")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "'Nowhere'")) << e.what();
}

TEST(Geodata, GroupWithAMissingMemberNamesTheGroupsLine) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.groups = "id,members,name_en,name_zh,name_ko\ngroup-ab,place-a;place-z,Both Towns,,\n";
    data.write(dir);
    const DataError e = gazetteer_load_error(dir);
    EXPECT_EQ(e.where(), (dir / "groups.csv").string() + ":2");
    EXPECT_TRUE(contains(e.problem(), "'place-z'")) << e.what();
}

TEST(Geodata, FeatureWithoutIdNamesTheFileAndFeature) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.admin1 = collection({square_feature(props("AA-1", "admin1", "North Province", "AA"), 0, 0),
                              square_feature(R"("kind":"admin1","name_en":"Nameless","country":"AA")", 0, -1)});
    data.write(dir);
    const DataError e = gazetteer_load_error(dir);
    EXPECT_EQ(e.where(), (dir / "world.gpkg").string() + " layer admin1: feature 1");
    EXPECT_TRUE(contains(e.problem(), "'id'")) << e.what();
}

TEST(Geodata, FeatureWithoutEnglishNameIsAnError) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.rivers = collection({line_feature(R"("id":"river-a","kind":"river","country":"")", 0, 0, 1, 1)});
    data.write(dir);
    const DataError e = gazetteer_load_error(dir);
    EXPECT_EQ(e.where(), (dir / "rivers.geojson").string() + ": feature 0");
    EXPECT_TRUE(contains(e.problem(), "name_en")) << e.what();
}

TEST(Geodata, DuplicateFeatureIdIsAnError) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.places = collection({point_feature(props("place-a", "place", "Alphaville", "AA"), 0.2, 0.2),
                              point_feature(props("AA-1", "place", "Copy", "AA"), 0.8, 0.8)});
    data.gazetteer = "id,name,system,note\n";
    data.groups = "id,members,name_en,name_zh,name_ko\n";
    data.write(dir);
    const DataError e = gazetteer_load_error(dir);
    EXPECT_TRUE(contains(e.problem(), "'AA-1'")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "twice")) << e.what();
}

TEST(Geodata, GroupIdClashingWithAFeatureIsAnError) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata data;
    data.groups = "id,members,name_en,name_zh,name_ko\nAA-1,place-a;place-b,Both Towns,,\n";
    data.write(dir);
    const DataError e = gazetteer_load_error(dir);
    EXPECT_EQ(e.where(), (dir / "groups.csv").string() + ":2");
    EXPECT_TRUE(contains(e.problem(), "'AA-1'")) << e.what();
}

TEST(Geodata, MissingLayerFileNamesIt) {
    TempDir dir("bordermap-geodata");
    SyntheticGeodata().write(dir);
    std::filesystem::remove(dir / "rivers.geojson");
    const DataError e = gazetteer_load_error(dir);
    EXPECT_TRUE(contains(e.what(), "rivers.geojson")) << e.what();
}
