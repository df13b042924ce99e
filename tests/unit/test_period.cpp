// data/period.hpp: closed intervals of days from partial ISO 8601 dates.
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>

#include "bordermap/data/period.hpp"

using bordermap::Period;
using namespace std::chrono;

namespace {
sys_days ymd(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / day{d}}; }

std::string parse_error(const std::string& text) {
    try {
        (void)Period::parse(text);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST(Period, YearCoversAllItsDays) {
    const Period p = Period::parse("1961");
    EXPECT_EQ(p.first_day(), ymd(1961, 1, 1));
    EXPECT_EQ(p.last_day(), ymd(1961, 12, 31));
    EXPECT_EQ(p.days(), 365);
}

TEST(Period, LeapYearHas366Days) { EXPECT_EQ(Period::parse("1960").days(), 366); }

TEST(Period, PartialMonthCoversAllItsDays) {
    const Period p = Period::parse("1961-02");
    EXPECT_EQ(p.first_day(), ymd(1961, 2, 1));
    EXPECT_EQ(p.last_day(), ymd(1961, 2, 28));
    EXPECT_EQ(p.days(), 28);
}

TEST(Period, FebruaryOfALeapYearHas29Days) {
    const Period p = Period::parse("1960-02");
    EXPECT_EQ(p.last_day(), ymd(1960, 2, 29));
    EXPECT_EQ(p.days(), 29);
}

TEST(Period, IntervalRunsFromFirstDayOfStartToLastDayOfEnd) {
    const Period p = Period::parse("1961-01/1962-03");
    EXPECT_EQ(p.first_day(), ymd(1961, 1, 1));
    EXPECT_EQ(p.last_day(), ymd(1962, 3, 31));
    EXPECT_EQ(p.days(), 365 + 31 + 28 + 31);
}

TEST(Period, SingleDayIsOneDay) {
    const Period p = Period::parse("1961-01-15");
    EXPECT_EQ(p.first_day(), ymd(1961, 1, 15));
    EXPECT_EQ(p.last_day(), ymd(1961, 1, 15));
    EXPECT_EQ(p.days(), 1);
}

TEST(Period, SurroundingSpacesAreAllowed) { EXPECT_EQ(Period::parse(" 1961 "), Period::parse("1961")); }

TEST(Period, FromBoundsMatchesTheSlashForm) {
    EXPECT_EQ(Period::from_bounds("1961-01", "1962-03"), Period::parse("1961-01/1962-03"));
}

TEST(Period, FromBoundsEndTakesItsLastDay) {
    const Period p = Period::from_bounds("1961-03", "1961");
    EXPECT_EQ(p.first_day(), ymd(1961, 3, 1));
    EXPECT_EQ(p.last_day(), ymd(1961, 12, 31));
}

TEST(Period, FromBoundsWithTheSameMonthIsThatMonth) {
    EXPECT_EQ(Period::from_bounds("1961-02", "1961-02"), Period::parse("1961-02"));
}

TEST(Period, EndingBeforeStartingIsAnError) {
    EXPECT_THROW((void)Period::parse("1962/1961"), std::invalid_argument);
    EXPECT_NE(parse_error("1962/1961").find("before it starts"), std::string::npos) << parse_error("1962/1961");
}

TEST(Period, FromBoundsEndingBeforeStartingIsAnError) {
    EXPECT_THROW((void)Period::from_bounds("1961-03-02", "1961-03-01"), std::invalid_argument);
}

TEST(Period, TwoDigitYearIsAnError) { EXPECT_THROW((void)Period::parse("61"), std::invalid_argument); }

TEST(Period, MonthThirteenIsAnError) {
    EXPECT_THROW((void)Period::parse("1961-13"), std::invalid_argument);
    EXPECT_NE(parse_error("1961-13").find("13"), std::string::npos);
}

TEST(Period, MonthZeroIsAnError) { EXPECT_THROW((void)Period::parse("1961-00"), std::invalid_argument); }

TEST(Period, DayNotInTheCalendarIsAnError) {
    EXPECT_THROW((void)Period::parse("1961-02-30"), std::invalid_argument);
    EXPECT_THROW((void)Period::parse("1961-02-29"), std::invalid_argument);  // 1961 is not a leap year
    EXPECT_NO_THROW((void)Period::parse("1960-02-29"));
}

TEST(Period, EmptyIsAnError) {
    EXPECT_THROW((void)Period::parse(""), std::invalid_argument);
    EXPECT_THROW((void)Period::parse("   "), std::invalid_argument);
}

TEST(Period, WordsAreAnError) { EXPECT_THROW((void)Period::parse("abc"), std::invalid_argument); }

TEST(Period, SingleDigitMonthIsAnError) { EXPECT_THROW((void)Period::parse("1961-1"), std::invalid_argument); }

TEST(Period, MissingEndIsAnError) { EXPECT_THROW((void)Period::parse("1961/"), std::invalid_argument); }

TEST(Period, TooManyPartsIsAnError) { EXPECT_THROW((void)Period::parse("1961-01-01-01"), std::invalid_argument); }

TEST(Period, ErrorMessageQuotesTheBadText) {
    EXPECT_NE(parse_error("abc").find("'abc'"), std::string::npos) << parse_error("abc");
}

TEST(Period, OverlapsWhenTheyShareADay) {
    EXPECT_TRUE(Period::parse("1961").overlaps(Period::parse("1961-12/1962-01")));
    EXPECT_TRUE(Period::parse("1961-12/1962-01").overlaps(Period::parse("1961")));
    EXPECT_TRUE(Period::parse("1961-01-31").overlaps(Period::parse("1961-01")));
}

TEST(Period, DoesNotOverlapWhenDisjoint) {
    EXPECT_FALSE(Period::parse("1961").overlaps(Period::parse("1962")));
    EXPECT_FALSE(Period::parse("1961-01-31").overlaps(Period::parse("1961-02")));
}

TEST(Period, WithinWhenInside) {
    EXPECT_TRUE(Period::parse("1961-03").within(Period::parse("1961")));
    EXPECT_TRUE(Period::parse("1961").within(Period::parse("1961")));
}

TEST(Period, NotWithinWhenLargerOrStraddling) {
    EXPECT_FALSE(Period::parse("1961").within(Period::parse("1961-03")));
    EXPECT_FALSE(Period::parse("1960-12/1961-01").within(Period::parse("1961")));
}

TEST(Period, IsoRoundTripsYear) { EXPECT_EQ(Period::parse("1961").iso(), "1961"); }

TEST(Period, IsoRoundTripsMonthInterval) { EXPECT_EQ(Period::parse("1961-01/1962-03").iso(), "1961-01/1962-03"); }

TEST(Period, IsoRoundTripsDay) { EXPECT_EQ(Period::parse("1961-01-15").iso(), "1961-01-15"); }

TEST(Period, IsoRoundTripsMonth) { EXPECT_EQ(Period::parse("1961-02").iso(), "1961-02"); }

TEST(Period, IsoUsesTheShortestExactForm) {
    EXPECT_EQ(Period::parse("1961-01/1961-12").iso(), "1961");
    EXPECT_EQ(Period::parse("1961-01-01/1961-01-31").iso(), "1961-01");
    EXPECT_EQ(Period::parse("1961/1962").iso(), "1961/1962");
}

TEST(Period, IsoOfMixedPrecisionFallsBackToDays) {
    const Period p = Period::parse("1961-01-15/1961-02");
    EXPECT_EQ(p.iso(), "1961-01-15/1961-02-28");
    EXPECT_EQ(Period::parse(p.iso()), p);
}

TEST(Period, HumanYear) { EXPECT_EQ(Period::parse("1961").human(), "1961"); }

TEST(Period, HumanMonthIntervalUsesSpacedEnDash) {
    EXPECT_EQ(Period::parse("1961-01/1962-03").human(), "January 1961 \u2013 March 1962");
}

TEST(Period, HumanDay) { EXPECT_EQ(Period::parse("1961-01-15").human(), "15 January 1961"); }

TEST(Period, HumanMonth) { EXPECT_EQ(Period::parse("1962-12").human(), "December 1962"); }

// Times within a day (issue 13): logs give hours, and two reports of one day are two periods.
TEST(PeriodTimes, AMinuteCoversItsSixtySeconds) {
    const Period p = Period::parse("1961-05-08T02:00");
    EXPECT_EQ(p.first_second(), sys_seconds{ymd(1961, 5, 8)} + hours{2});
    EXPECT_EQ(p.last_second(), sys_seconds{ymd(1961, 5, 8)} + hours{2} + seconds{59});
    EXPECT_EQ(p.first_day(), ymd(1961, 5, 8));
    EXPECT_EQ(p.days(), 1);
    EXPECT_FALSE(p.whole_days());
    EXPECT_EQ(p.iso(), "1961-05-08T02:00");
    EXPECT_EQ(p.human(), "8 May 1961, 2 a.m.");
}

TEST(PeriodTimes, TwoHoursOfOneDayAreDifferentPeriodsWithinThatDay) {
    const Period two = Period::parse("1961-05-08T02:00"), five = Period::parse("1961-05-08 05:00");
    EXPECT_NE(two, five);
    EXPECT_NE(two.iso(), five.iso());
    EXPECT_FALSE(two.overlaps(five));
    EXPECT_TRUE(two.within(Period::parse("1961-05-08")));
    EXPECT_TRUE(five.within(Period::parse("1961-05")));
}

TEST(PeriodTimes, IntervalsOfTimesPrintInWords) {
    EXPECT_EQ(Period::parse("1961-05-08T02:00/1961-05-08T05:00").human(), "8 May 1961, 2\u20135 a.m.");
    EXPECT_EQ(Period::parse("1961-05-08T02:00/05:00"), Period::parse("1961-05-08T02:00/1961-05-08T05:00")) << "an end of only a time";
    EXPECT_EQ(Period::parse("1961-05-08T02:00/T05:00").iso(), "1961-05-08T02:00/1961-05-08T05:00");
    EXPECT_EQ(Period::parse("1961-05-08T11:00/14:30").human(), "8 May 1961, 11 a.m. \u2013 2:30 p.m.");
    EXPECT_EQ(Period::parse("1961-05-07T22:00/1961-05-08T02:00").human(), "7 May 1961, 10 p.m. \u2013 8 May 1961, 2 a.m.");
    EXPECT_EQ(Period::parse("1961-05-08T12:00").human(), "8 May 1961, noon");
    EXPECT_EQ(Period::parse("1961-05-08T00:00/06:00").human(), "8 May 1961, midnight \u2013 6 a.m.");
    EXPECT_EQ(Period::parse("1961-05-08T02:15:30").human(), "8 May 1961, 2:15:30 a.m.");
}

TEST(PeriodTimes, AnHourCoversItsSixtyMinutes) {
    const Period p = Period::parse("1961-05-08T14");
    EXPECT_EQ(p.last_second() - p.first_second(), seconds{3599});
    EXPECT_EQ(p.iso(), "1961-05-08T14");
    EXPECT_EQ(p.human(), "8 May 1961, 2 p.m.");
    EXPECT_EQ(Period::from_bounds("1961-05-08T14:00", "1961-05-08T15:30").end_iso(), "1961-05-08T15:30:59");
}

TEST(PeriodTimes, ExportsKeepWholeDaysAsDays) {
    EXPECT_EQ(Period::parse("1961").start_iso(), "1961-01-01");
    EXPECT_EQ(Period::parse("1961").end_iso(), "1961-12-31");
    EXPECT_EQ(Period::parse("1961-05-08T02:00").start_iso(), "1961-05-08T02:00:00");
    EXPECT_TRUE(Period::parse("1961-05-08/1961-05-09").whole_days());
}

TEST(PeriodTimes, BadTimesSayWhatToWrite) {
    EXPECT_NE(parse_error("1961-05-08T25:00").find("no hour '25'"), std::string::npos) << parse_error("1961-05-08T25:00");
    EXPECT_NE(parse_error("1961-05-08T02:61").find("no minute '61'"), std::string::npos);
    EXPECT_NE(parse_error("1961-05-08T02:00Z").find("time zone"), std::string::npos) << parse_error("1961-05-08T02:00Z");
    EXPECT_NE(parse_error("1961-05-08T02:00+09:00").find("time zone"), std::string::npos);
    EXPECT_NE(parse_error("1961-05T02:00").find("without a day"), std::string::npos);
    EXPECT_NE(parse_error("1961-05/06:00").find("write the end's date"), std::string::npos) << parse_error("1961-05/06:00");
    EXPECT_NE(parse_error("1961-05-08T05:00/02:00").find("before it starts"), std::string::npos);
    EXPECT_NE(parse_error("1961-05-08T2:00").find("no hour"), std::string::npos) << parse_error("1961-05-08T2:00");
}
