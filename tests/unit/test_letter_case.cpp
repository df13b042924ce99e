// render/letter_case.hpp: capitals by Unicode character, for names of the period in any script.
#include <gtest/gtest.h>

#include <string>

#include "bordermap/render/letter_case.hpp"

using bordermap::upper_case;
using bordermap::with_capital;

TEST(UpperCase, AsciiNamesAsBefore) {
    EXPECT_EQ(upper_case("North Korea"), "NORTH KOREA");
    EXPECT_EQ(upper_case("Andong (today Dandong)"), "ANDONG (TODAY DANDONG)");
    EXPECT_EQ(upper_case(""), "");
    EXPECT_EQ(upper_case("1961"), "1961");
}

TEST(UpperCase, DiacriticsAndOtherScripts) {
    EXPECT_EQ(upper_case("Chōsen"), "CHŌSEN");
    EXPECT_EQ(upper_case("Ōsaka"), "ŌSAKA");
    EXPECT_EQ(upper_case("Kŭmgang"), "KŬMGANG");
    EXPECT_EQ(upper_case("Чосон"), "ЧОСОН");
    EXPECT_EQ(upper_case("Straße"), "STRASSE");  // one letter may become two
    // Scripts without case are left as they are.
    EXPECT_EQ(upper_case("安东 Andong"), "安东 ANDONG");
    EXPECT_EQ(upper_case("조선"), "조선");
}

TEST(UpperCase, InvalidUtf8ComesBackAsItIs) {
    const std::string broken = "Ch\xC5";  // the first byte of ō alone
    EXPECT_EQ(upper_case(broken), broken);
}

TEST(WithCapital, FirstLetterOnly) {
    EXPECT_EQ(with_capital("people per month"), "People per month");
    EXPECT_EQ(with_capital("Crossers"), "Crossers");
    EXPECT_EQ(with_capital("ōsaka prefecture"), "Ōsaka prefecture");
    EXPECT_EQ(with_capital("чосон"), "Чосон");
    EXPECT_EQ(with_capital("ǆungla"), "ǅungla");  // title case, not upper case, of a digraph
    EXPECT_EQ(with_capital("安东"), "安东");
    EXPECT_EQ(with_capital("é"), "É");
    EXPECT_EQ(with_capital(""), "");
}

TEST(WithCapital, InvalidUtf8ComesBackAsItIs) {
    const std::string broken = "\xC5people";
    EXPECT_EQ(with_capital(broken), broken);
}
