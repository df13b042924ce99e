// core/text.hpp: name keys, edit distance, numbers as documents write them, slugs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bordermap/core/text.hpp"

using bordermap::edit_distance;
using bordermap::format_number;
using bordermap::name_key;
using bordermap::parse_number;
using bordermap::slug;
using bordermap::split;
using bordermap::trim;

// ---------------------------------------------------------------- name_key

TEST(NameKey, FoldsCase) {
    EXPECT_EQ(name_key("KIRIN"), "kirin");
    EXPECT_EQ(name_key("Kirin"), name_key("kIRIN"));
}

TEST(NameKey, DropsSpacesHyphensAndPeriods) {
    EXPECT_EQ(name_key("Hei-lung-chiang"), "heilungchiang");
    EXPECT_EQ(name_key("Jilin Province"), "jilinprovince");
    EXPECT_EQ(name_key("St. Petersburg"), "stpetersburg");
    EXPECT_EQ(name_key("  Tumen \t River "), "tumenriver");
}

TEST(NameKey, DropsAsciiAndTypographicApostrophes) {
    EXPECT_EQ(name_key("P'yongyang"), "pyongyang");
    EXPECT_EQ(name_key("P\u2019yongyang"), "pyongyang");  // right single quotation mark
    EXPECT_EQ(name_key("P\u02BCyongyang"), "pyongyang");  // modifier letter apostrophe
}

TEST(NameKey, RemovesDiacritics) {
    EXPECT_EQ(name_key("J\u00edl\u00edn"), name_key("JILIN"));  // Jílín
    EXPECT_EQ(name_key("J\u00edl\u00edn"), "jilin");
    EXPECT_EQ(name_key("Sin\u016diju"), "sinuiju");  // Sinŭiju
}

TEST(NameKey, McCuneReischauerMatchesPlainSpelling) {
    EXPECT_EQ(name_key("P'y\u014fngan-bukto"), name_key("Pyongan bukto"));  // P'yŏngan-bukto
    EXPECT_EQ(name_key("Pyongan bukto"), "pyonganbukto");
}

TEST(NameKey, DecomposedAndComposedAccentsGiveOneKey) {
    // "í" as one code point and as "i" + combining acute accent.
    EXPECT_EQ(name_key("J\u00edl\u00edn"), name_key("Ji\u0301li\u0301n"));
}

TEST(NameKey, LeavesChineseUnchanged) {
    EXPECT_EQ(name_key("\u5409\u6797"), "\u5409\u6797");  // 吉林
    EXPECT_NE(name_key("\u5409\u6797"), name_key("\u5409\u6797\u7701"));  // 吉林 vs 吉林省
}

TEST(NameKey, KeepsHangulSyllablesComposed) {
    const std::string jilin_ko = "\uC9C0\uB9B0\uC131";  // 지린성
    EXPECT_EQ(name_key(jilin_ko), jilin_ko);            // not left as conjoining jamo
    EXPECT_EQ(name_key(jilin_ko), name_key(jilin_ko));
    EXPECT_EQ(name_key(jilin_ko).size(), 9u);  // three syllables of three bytes each
}

TEST(NameKey, HangulWithSpaceMatchesWithout) {
    EXPECT_EQ(name_key("\uB3D9\uBD81 3\uC131"), name_key("\uB3D9\uBD813\uC131"));  // 동북 3성
}

TEST(NameKey, DifferentNamesGiveDifferentKeys) {
    EXPECT_NE(name_key("Kirin"), name_key("Kirim"));
    EXPECT_NE(name_key("Yalu"), name_key("Tumen"));
}

// ---------------------------------------------------------------- edit_distance

TEST(EditDistance, ClassicExample) { EXPECT_EQ(edit_distance("kitten", "sitting"), 3u); }

TEST(EditDistance, EqualStringsAreZeroApart) { EXPECT_EQ(edit_distance("kirin", "kirin"), 0u); }

TEST(EditDistance, EmptyStringIsAsFarAsTheLength) {
    EXPECT_EQ(edit_distance("", "abc"), 3u);
    EXPECT_EQ(edit_distance("abc", ""), 3u);
}

TEST(EditDistance, CountsCodePointsNotBytes) {
    EXPECT_EQ(edit_distance("\u5409\u6797", "\u5409\u6797\u7701"), 1u);  // 吉林 -> 吉林省
    EXPECT_EQ(edit_distance("\u5409\u6797", "\u9ED1\u6797"), 1u);        // one substituted character
    EXPECT_EQ(edit_distance("J\u00edlin", "Jilin"), 1u);                 // í vs i
}

TEST(EditDistance, IsSymmetric) { EXPECT_EQ(edit_distance("kirim", "kirin"), edit_distance("kirin", "kirim")); }

// ---------------------------------------------------------------- parse_number

TEST(ParseNumber, ThousandsSeparatorsAreNumbers) { EXPECT_EQ(parse_number("28,028"), 28028.0); }

TEST(ParseNumber, SeveralCommaGroups) { EXPECT_EQ(parse_number("1,234,567"), 1234567.0); }

TEST(ParseNumber, SpaceAsThousandsSeparator) { EXPECT_EQ(parse_number("1 778"), 1778.0); }

TEST(ParseNumber, NoBreakSpaceAsThousandsSeparator) { EXPECT_EQ(parse_number("28\u00A0028"), 28028.0); }

TEST(ParseNumber, PlainIntegerAndDecimal) {
    EXPECT_EQ(parse_number("1778"), 1778.0);
    EXPECT_EQ(parse_number("1778.5"), 1778.5);
    EXPECT_EQ(parse_number("1,234.5"), 1234.5);
}

TEST(ParseNumber, NegativeNumbers) {
    EXPECT_EQ(parse_number("-3"), -3.0);
    EXPECT_EQ(parse_number("-3.5"), -3.5);
    EXPECT_EQ(parse_number("-1,500"), -1500.0);
}

TEST(ParseNumber, SurroundingWhitespaceIsIgnored) { EXPECT_EQ(parse_number("  735\t"), 735.0); }

TEST(ParseNumber, RejectsShortDigitGroup) { EXPECT_FALSE(parse_number("28,02").has_value()); }

TEST(ParseNumber, RejectsLongDigitGroup) { EXPECT_FALSE(parse_number("1,2345").has_value()); }

TEST(ParseNumber, RejectsTrailingLetters) { EXPECT_FALSE(parse_number("12abc").has_value()); }

TEST(ParseNumber, RejectsWordsBeforeTheNumber) { EXPECT_FALSE(parse_number("about 1778").has_value()); }

TEST(ParseNumber, RejectsEmptyAndBlank) {
    EXPECT_FALSE(parse_number("").has_value());
    EXPECT_FALSE(parse_number("   ").has_value());
}

TEST(ParseNumber, RejectsTwoDecimalPoints) { EXPECT_FALSE(parse_number("1.2.3").has_value()); }

TEST(ParseNumber, RejectsLoneSign) {
    EXPECT_FALSE(parse_number("-").has_value());
    EXPECT_FALSE(parse_number("+").has_value());
}

TEST(ParseNumber, RejectsSeparatorAtTheEdges) {
    EXPECT_FALSE(parse_number(",123").has_value());
    EXPECT_FALSE(parse_number("123,").has_value());
}

TEST(ParseNumber, RejectsCommaAfterTheDecimalPoint) { EXPECT_FALSE(parse_number("1.234,567").has_value()); }

TEST(ParseNumber, RejectsSignInTheMiddle) { EXPECT_FALSE(parse_number("12-3").has_value()); }

TEST(ParseNumber, RejectsNoBreakSpaceNotFollowedByThreeDigits) {
    // "1 2" with an ASCII space is rejected; the same with a no-break space must be rejected too.
    EXPECT_FALSE(parse_number("1 2").has_value());
    EXPECT_FALSE(parse_number("1\u00A02").has_value());
    EXPECT_FALSE(parse_number("12\u202F34").has_value());
}

// ---------------------------------------------------------------- format_number

TEST(FormatNumber, GroupsThousandsWithCommas) { EXPECT_EQ(format_number(28028), "28,028"); }

TEST(FormatNumber, GroupsMillionsAndKeepsFraction) { EXPECT_EQ(format_number(1234567.5), "1,234,567.5"); }

TEST(FormatNumber, ZeroIsZero) { EXPECT_EQ(format_number(0), "0"); }

TEST(FormatNumber, NegativeKeepsSignBeforeGroups) { EXPECT_EQ(format_number(-1500), "-1,500"); }

TEST(FormatNumber, SmallNegativeRoundingToZeroHasNoSign) { EXPECT_EQ(format_number(-0.001), "0"); }

TEST(FormatNumber, NoGroupingBelowAThousand) { EXPECT_EQ(format_number(999), "999"); }

TEST(FormatNumber, ExactlyAThousand) { EXPECT_EQ(format_number(1000), "1,000"); }

TEST(FormatNumber, DropsTrailingZerosOfTheFraction) {
    EXPECT_EQ(format_number(3.0), "3");
    EXPECT_EQ(format_number(2.50), "2.5");
}

TEST(FormatNumber, KeepsUpToTheRequestedDecimals) {
    EXPECT_EQ(format_number(3.25), "3.25");
    EXPECT_EQ(format_number(3.25, 2), "3.25");
    EXPECT_EQ(format_number(3.75, 1), "3.8");
    EXPECT_EQ(format_number(3.26, 1), "3.3");
    EXPECT_EQ(format_number(3.26, 0), "3");
}

TEST(FormatNumber, RoundingCarriesIntoTheGroups) { EXPECT_EQ(format_number(999.999), "1,000"); }

// ---------------------------------------------------------------- trim, split

TEST(Trim, RemovesSpacesTabsAndNewlinesAtBothEnds) { EXPECT_EQ(trim(" \t a b \r\n"), "a b"); }

TEST(Trim, BlankBecomesEmpty) {
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \t\n"), "");
}

TEST(Split, SplitsAndTrimsEachPart) {
    EXPECT_EQ(split("CN-HL; CN-JL ;CN-LN", ';'), (std::vector<std::string>{"CN-HL", "CN-JL", "CN-LN"}));
}

TEST(Split, KeepsEmptyParts) {
    EXPECT_EQ(split("a,,b,", ','), (std::vector<std::string>{"a", "", "b", ""}));
}

TEST(Split, TextWithoutSeparatorIsOnePart) { EXPECT_EQ(split("abc", ','), (std::vector<std::string>{"abc"})); }

TEST(Split, EmptyTextIsOneEmptyPart) { EXPECT_EQ(split("", ','), (std::vector<std::string>{""})); }

// ---------------------------------------------------------------- slug

TEST(Slug, LowerCasesAndJoinsWordsWithHyphens) { EXPECT_EQ(slug("Crossings 1961!"), "crossings-1961"); }

TEST(Slug, PathTraversalCannotEscape) {
    const std::string s = slug("../../etc/passwd");
    EXPECT_EQ(s, "etc-passwd");
    EXPECT_EQ(s.find('/'), std::string::npos);
    EXPECT_EQ(s.find(".."), std::string::npos);
}

TEST(Slug, BackslashesAndDotsAreDropped) {
    const std::string s = slug("..\\..\\Windows\\system.ini");
    EXPECT_EQ(s, "windows-system-ini");
}

TEST(Slug, NeverEmpty) {
    EXPECT_EQ(slug(""), "unnamed");
    EXPECT_EQ(slug(".."), "unnamed");
    EXPECT_EQ(slug("///"), "unnamed");
}

TEST(Slug, OnlySafeCharacters) {
    const std::string s = slug("Bodies found: Yalu & Tumen (1961) \u5409\u6797");
    EXPECT_EQ(s, "bodies-found-yalu-tumen-1961");
    for (char c : s) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << c;
}
