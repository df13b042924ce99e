// data/derivation.hpp: how a derived figure follows from the document's numbers.
#include <gtest/gtest.h>

#include <stdexcept>

#include "bordermap/data/derivation.hpp"

using bordermap::Derivation;

namespace {
std::string derivation_error(const std::string& text) {
    try {
        (void)Derivation::parse(text);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST(Derivation, NumbersWithSeparatorsAndSigns) {
    const Derivation d = Derivation::parse("4,701 - 1,985");
    EXPECT_DOUBLE_EQ(d.evaluate({}), 2716);
    EXPECT_EQ(d.in_words({}), "4,701 \u2212 1,985");
    EXPECT_DOUBLE_EQ(Derivation::parse("4701\u22121985").evaluate({}), 2716) << "a typographic minus";
    EXPECT_DOUBLE_EQ(Derivation::parse("3 \u00D7 12 \u00F7 4").evaluate({}), 9);
    EXPECT_DOUBLE_EQ(Derivation::parse("-5 + 10").evaluate({}), 5);
}

TEST(Derivation, PrecedenceAndParentheses) {
    EXPECT_DOUBLE_EQ(Derivation::parse("2 + 3 * 4").evaluate({}), 14);
    EXPECT_DOUBLE_EQ(Derivation::parse("(2 + 3) * 4").evaluate({}), 20);
    EXPECT_DOUBLE_EQ(Derivation::parse("100 - 20 - 30").evaluate({}), 50) << "left to right";
    EXPECT_DOUBLE_EQ(Derivation::parse("100 / 4 / 5").evaluate({}), 5);
    EXPECT_EQ(Derivation::parse("(2+3)*4").in_words({}), "(2 + 3) \u00D7 4");
}

TEST(Derivation, RegionReferencesTakeTheirFiguresInOrder) {
    const Derivation d = Derivation::parse("[Liaoning and Jilin] - [Liaoning]");
    ASSERT_EQ(d.references(), (std::vector<std::string>{"Liaoning and Jilin", "Liaoning"}));
    EXPECT_DOUBLE_EQ(d.evaluate({4701, 1985}), 2716);
    EXPECT_EQ(d.in_words({"4,701", "1,985"}), "Liaoning and Jilin 4,701 \u2212 Liaoning 1,985");
    EXPECT_EQ(Derivation::parse("[Tumen-City]+12").references().front(), "Tumen-City") << "a hyphen inside brackets is a name";
}

TEST(Derivation, DecimalsAreKept) { EXPECT_EQ(Derivation::parse("33.25 + 1").in_words({}), "33.25 + 1"); }

TEST(Derivation, MistakesSayWhatIsWrong) {
    EXPECT_NE(derivation_error("4701 -").find("ends with an operator"), std::string::npos);
    EXPECT_NE(derivation_error("(4701 - 1985").find("parenthesis open"), std::string::npos);
    EXPECT_NE(derivation_error("4701 - 1985)").find("did not open"), std::string::npos);
    EXPECT_NE(derivation_error("4701 - Liaoning").find("'Liaoning' is not a number"), std::string::npos) << derivation_error("4701 - Liaoning");
    EXPECT_NE(derivation_error("[Liaoning - 5").find("without closing"), std::string::npos);
    EXPECT_NE(derivation_error("[ ] + 5").find("empty [ ]"), std::string::npos);
    EXPECT_NE(derivation_error("").find("empty"), std::string::npos);
    EXPECT_NE(derivation_error("4701 1985").find("not a number"), std::string::npos) << derivation_error("4701 1985");
    EXPECT_THROW((void)Derivation::parse("5 / (2 - 2)").evaluate({}), std::invalid_argument);
}
