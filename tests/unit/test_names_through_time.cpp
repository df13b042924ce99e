// data/validity.hpp, geo/names.hpp and Geodata::find(id, period): names and boundaries through time.
#include <gtest/gtest.h>

#include <stdexcept>

#include "bordermap/geo/gazetteer.hpp"
#include "bordermap/geo/geodata.hpp"
#include "bordermap/geo/names.hpp"
#include "bordermap/map/join.hpp"
#include "bordermap/map/notes.hpp"
#include "test_support.hpp"

using namespace bordermap;

namespace {

Period p(const char* text) { return Period::parse(text); }

Alias alias(const std::string& id, const std::string& name, const std::string& system, const char* from, const char* to,
            bool part = false) {
    return Alias{"gazetteer.csv:2", id, name, system, "", Validity::parse(from, to), part};
}

GeoFeature feature(const std::string& id, const std::string& name, Validity valid = {}, std::size_t layer = 0) {
    GeoFeature f;
    f.id = id;
    f.name_en = name;
    f.valid = valid;
    f.layer = layer;
    return f;
}

Geodata dandong() {
    Geodata g;
    g.features.push_back(feature("place-dandong", "Dandong"));
    g.aliases = {alias("place-dandong", "Andong", "pinyin", "", "1964"), alias("place-dandong", "Antung", "postal", "", "1964"),
                 alias("place-dandong", "安东", "zh-hans", "", "1964"), alias("place-dandong", "Tan-tung", "wade-giles", "", "")};
    return g;
}

}  // namespace

TEST(Validity, OpenEndsAndDaysWithinAPeriod) {
    const Validity until = Validity::parse("", "1964");
    EXPECT_TRUE(until.dated());
    EXPECT_TRUE(until.covers(p("1961")));
    EXPECT_EQ(until.days_within(p("1964/1965")), 366);  // 1964 is a leap year
    EXPECT_EQ(until.days_within(p("1965")), 0);
    EXPECT_EQ(until.human(), "until 1964");
    EXPECT_EQ(Validity::parse("1949", "1954").human(), "1949 \u2013 1954");
    EXPECT_EQ(Validity::parse("1979-07", "").human(), "since July 1979");
    EXPECT_FALSE(Validity().dated());
    EXPECT_TRUE(Validity().covers(p("1961")));
    EXPECT_TRUE(Validity::parse("1955", "1969").overlaps(Validity::parse("1969", "")));
    EXPECT_FALSE(Validity::parse("1955", "1968").overlaps(Validity::parse("1969", "")));
    EXPECT_THROW(Validity::parse("1970", "1960"), std::invalid_argument);
    EXPECT_THROW(Validity::parse("19x", ""), std::invalid_argument);
}

TEST(LabelName, UsesTheNameOfTheMapsPeriod) {
    const Geodata g = dandong();
    const Naming naming;
    const NameChoice in_1961 = label_name(g, "place-dandong", "Dandong", p("1961"), naming);
    EXPECT_EQ(in_1961.name, "Andong");
    ASSERT_NE(in_1961.alias, nullptr);
    EXPECT_EQ(in_1961.alias->system, "pinyin");
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1965"), naming).name, "Dandong");
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1965"), naming).alias, nullptr);
}

TEST(LabelName, APeriodAcrossTheRenamingTakesTheNameOfMostOfIt) {
    const Geodata g = dandong();
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1960/1966"), {}).name, "Andong");  // 5 of 7 years
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1963/1970"), {}).name, "Dandong");  // 2 of 8 years
}

TEST(LabelName, ModernPolicyAndSystemsAreHonoured) {
    const Geodata g = dandong();
    Naming modern;
    modern.policy = Naming::Policy::modern;
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1961"), modern).name, "Dandong");
    Naming postal;
    postal.systems = {"postal", "pinyin"};
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1961"), postal).name, "Antung");
    Naming chinese;
    chinese.systems = {"zh-hans"};
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1961"), chinese).name, "安东");
    Naming wade;
    wade.systems = {"wade-giles"};
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1961"), wade).name, "Dandong") << "undated names never replace today's";
}

TEST(LabelName, AFormerUnitNeverLabelsTheFeature) {
    Geodata g;
    g.features.push_back(feature("CN-LN", "Liaoning"));
    g.aliases = {alias("CN-LN", "Liaodong", "pinyin", "1949", "1954", true)};
    EXPECT_EQ(label_name(g, "CN-LN", "Liaoning", p("1950"), {}).name, "Liaoning");
}

TEST(PeriodNames, AgreesWithLabelNameForEveryFeaturePeriodAndNaming) {
    Geodata g = dandong();
    g.features.push_back(feature("CN-LN", "Liaoning"));
    g.features.push_back(feature("CN-JL", "Jilin"));
    g.aliases.push_back(alias("CN-LN", "Liaodong", "pinyin", "1949", "1954", true));  // a part never labels
    g.aliases.push_back(alias("CN-JL", "Kirin", "postal", "", "1958"));
    g.aliases.push_back(alias("CN-JL", "Chi-lin", "wade-giles", "", "1958"));       // a tie in years: the earlier system wins
    g.aliases.push_back(alias("CN-JL", "Jilin (new)", "pinyin", "1959", ""));
    Naming modern;
    modern.policy = Naming::Policy::modern;
    Naming postal;
    postal.systems = {"postal", "wade-giles", "pinyin"};
    Naming wade;
    wade.systems = {"wade-giles", "postal"};
    int named = 0;
    for (const Naming& naming : {Naming{}, modern, postal, wade}) {
        for (const char* period : {"1950", "1957/1960", "1961", "1965"}) {
            const PeriodNames names(g, p(period), naming);
            for (const auto& [id, modern_name] : {std::pair{"place-dandong", "Dandong"}, {"CN-LN", "Liaoning"}, {"CN-JL", "Jilin"}, {"X-NONE", "None"}}) {
                const NameChoice expected = label_name(g, id, modern_name, p(period), naming);
                const NameChoice got = names.of(id, modern_name);
                EXPECT_EQ(got.name, expected.name) << id << " in " << period;
                EXPECT_EQ(got.alias, expected.alias) << id << " in " << period;
                named += expected.alias != nullptr;
            }
        }
    }
    EXPECT_GE(named, 6) << "the cases must include names of the period, not only today's";
    EXPECT_EQ(PeriodNames(g, p("1950"), wade).of("CN-JL", "Jilin").name, "Chi-lin");
    EXPECT_EQ(PeriodNames(g, p("1950"), postal).of("CN-JL", "Jilin").name, "Kirin");
}

TEST(GeodataThroughTime, AMapUsesTheBoundaryValidInItsPeriod) {
    Geodata g;
    g.layers = {LayerInfo{"bundled", {}, "Natural Earth", true}, LayerInfo{"atlas.toml:3", "old.gpkg", "Old lines", false}};
    g.features.push_back(feature("CN-JL", "Jilin"));
    g.features.push_back(feature("CN-JL", "Jilin (1955-1969)", Validity::parse("1955", "1969"), 1));
    g.features.push_back(feature("CN-JL", "Kirin (1949-1954)", Validity::parse("1949", "1954"), 1));
    g.features.push_back(feature("X-ANDONG", "Andong Province", Validity::parse("1949", "1954"), 1));
    EXPECT_EQ(g.find("CN-JL", p("1961"))->name_en, "Jilin (1955-1969)");
    EXPECT_EQ(g.find("CN-JL", p("1950"))->name_en, "Kirin (1949-1954)");
    EXPECT_EQ(g.find("CN-JL", p("1990"))->name_en, "Jilin") << "undated bundled lines where no dated one holds";
    EXPECT_EQ(g.find("CN-JL", p("1966/1975"))->name_en, "Jilin") << "a dated boundary for less than the whole period loses";
    EXPECT_EQ(g.find("X-ANDONG", p("1961")), nullptr) << "a unit that no longer exists has no boundary in 1961";
    EXPECT_EQ(g.in_effect(p("1961")).size(), 1u);
    EXPECT_EQ(g.in_effect(p("1951")).size(), 2u);
}

TEST(GeodataThroughTime, InEffectChoosesAsFindDoesInTheOrderIdsFirstAppear) {
    Geodata g;
    g.features.push_back(feature("X-LATE", "Late unit", Validity::parse("1965", "")));  // first: not in effect in 1961
    g.features.push_back(feature("CN-JL", "Jilin"));
    g.features.push_back(feature("CN-LN", "Liaoning"));
    g.features.push_back(feature("CN-JL", "Jilin (1955-1969)", Validity::parse("1955", "1969"), 1));
    g.features.push_back(feature("X-LATE", "Late unit, other lines", Validity::parse("1949", "1962"), 1));
    g.features.push_back(feature("CN-LN", "Liaoning, a second undated copy"));  // a tie: the later one wins
    g.features.push_back(feature("CN-JL", "Kirin (1949-1954)", Validity::parse("1949", "1954"), 1));
    const std::vector<std::string> first_appearance{"X-LATE", "CN-JL", "CN-LN"};
    for (const char* period : {"1950", "1961", "1964/1966", "1990"}) {
        std::vector<const GeoFeature*> expected;
        for (const auto& id : first_appearance)
            if (const GeoFeature* f = g.find(id, p(period))) expected.push_back(f);
        EXPECT_EQ(g.in_effect(p(period)), expected) << period;
    }
    const auto in_1961 = g.in_effect(p("1961"));
    ASSERT_EQ(in_1961.size(), 3u);
    EXPECT_EQ(in_1961[0]->name_en, "Late unit, other lines") << "listed where its id first appears";
    EXPECT_EQ(in_1961[1]->name_en, "Jilin (1955-1969)");
    EXPECT_EQ(in_1961[2]->name_en, "Liaoning, a second undated copy");
}

TEST(MonthsIn, CountsWholeMonthsAndApproximatesDays) {
    EXPECT_DOUBLE_EQ(months_in(p("1961")), 12);
    EXPECT_DOUBLE_EQ(months_in(p("1961-01/1962-03")), 15);
    EXPECT_DOUBLE_EQ(months_in(p("1962-01")), 1);
    EXPECT_NEAR(months_in(p("1961-01-15/1961-02-14")), 31 / (365.2425 / 12), 1e-12);
}

TEST(Notes, ListsInWords) {
    EXPECT_EQ(list_in_words({}), "");
    EXPECT_EQ(list_in_words({"Jilin"}), "Jilin");
    EXPECT_EQ(list_in_words({"Jilin", "Liaoning"}), "Jilin and Liaoning");
    EXPECT_EQ(list_in_words({"Heilongjiang", "Jilin", "Liaoning"}), "Heilongjiang, Jilin and Liaoning");
}

TEST(Notes, NamesNoteListsOnlyNamesOfThePeriod) {
    const Geodata g = dandong();
    const NameChoice andong = label_name(g, "place-dandong", "Dandong", p("1961"), {});
    const NameChoice jilin{"Jilin", nullptr};
    EXPECT_EQ(names_note(p("1961"), {{"Dandong", andong}, {"Jilin", jilin}, {"Dandong", andong}}), "Names as in 1961: Andong (today Dandong).");
    EXPECT_EQ(names_note(p("1961"), {{"Jilin", jilin}}), "");
}

// A name in each writing system the gazetteer holds resolves to its feature.
TEST(BundledNames, EveryScriptResolves) {
    const Geodata g = load_geodata(test::source_dir() / "geodata");
    const Gazetteer gazetteer(g);
    const std::vector<std::pair<const char*, const char*>> names{
        {"Jilin", "CN-JL"},          // pinyin / English
        {"Kirin", "CN-JL"},          // postal
        {"Chi-lin", "CN-JL"},        // Wade-Giles
        {"吉林省", "CN-JL"},          // simplified Chinese
        {"遼寧省", "CN-LN"},          // traditional Chinese
        {"길림성", "CN-JL"},          // hangul
        {"Amnokgang", "river-yalu"}, // Revised Romanization
        {"Amnok-kang", "river-yalu"},// McCune-Reischauer
        {"Туманная", "river-tumen"}, // Russian
        {"Antung", "place-dandong"}, // postal, until 1964
        {"安東", "place-dandong"},    // traditional, until 1964
        {"Antō", "place-dandong"},   // Japanese
    };
    for (const auto& [name, id] : names) EXPECT_EQ(gazetteer.resolve(name, "test").id, id) << name;
}

TEST(BundledNames, GazetteerRowsCarryKindsAndYears) {
    const Geodata g = load_geodata(test::source_dir() / "geodata");
    int dated = 0, parts = 0;
    for (const Alias& a : g.aliases) {
        EXPECT_NE(a.system, "historical") << a.where << ": a system names a writing system; years say when";
        dated += a.in_use.dated();
        parts += a.part;
    }
    EXPECT_GE(dated, 20);
    EXPECT_GE(parts, 20);
    EXPECT_EQ(label_name(g, "place-dandong", "Dandong", p("1961"), {}).name, "Andong");
    EXPECT_EQ(label_name(g, "CN-LN", "Liaoning", p("1951"), {}).name, "Liaoning") << "Liaodong was a province of its own";
    ASSERT_FALSE(g.changes.empty());
    EXPECT_EQ(g.version, "4.1.0");
}
