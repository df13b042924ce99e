// data/figures.hpp and data/table.hpp: figures and sources from tables, with errors that name the row.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "bordermap/core/error.hpp"
#include "bordermap/data/figures.hpp"
#include "bordermap/data/table.hpp"
#include "test_support.hpp"

using bordermap::DataError;
using bordermap::Figure;
using bordermap::Period;
using bordermap::Qualifier;
using bordermap::Source;
using bordermap::Table;
using bordermap::TableRow;
using bordermap::test::contains;
using bordermap::test::TempDir;
using bordermap::test::write_file;

namespace {

const std::vector<std::string> figure_columns{"region", "indicator", "value", "qualifier", "period", "source"};

Table figures_table(std::vector<std::vector<std::string>> rows, std::vector<std::string> columns = figure_columns) {
    Table table{"figures.csv", std::move(columns), {}};
    int line = 2;
    for (auto& cells : rows) table.rows.push_back(TableRow{"figures.csv:" + std::to_string(line++), std::move(cells)});
    return table;
}

Figure one_figure(std::vector<std::string> cells) {
    const auto figures = bordermap::parse_figures(figures_table({std::move(cells)}));
    if (figures.size() != 1) throw std::runtime_error("expected one figure");
    return figures.front();
}

// The DataError parse_figures throws, or a DataError saying none was thrown.
DataError figures_error(const Table& table) {
    try {
        (void)bordermap::parse_figures(table);
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}

DataError sources_error(const Table& table) {
    try {
        (void)bordermap::parse_sources(table);
    } catch (const DataError& e) {
        return e;
    }
    return DataError("(none)", "no error was thrown");
}


Table sources_table(std::vector<std::vector<std::string>> rows) {
    Table table{"sources.csv", {"id", "citation", "date", "archive_ref", "url"}, {}};
    int line = 2;
    for (auto& cells : rows) table.rows.push_back(TableRow{"sources.csv:" + std::to_string(line++), std::move(cells)});
    return table;
}

}  // namespace

// ---------------------------------------------------------------- parse_figures

TEST(Figures, ReadsEveryRequiredField) {
    const Figure f = one_figure({"Jilin Province", "crossed_to_dprk", "28,028", "", "1961", "fma-1962"});
    EXPECT_EQ(f.where, "figures.csv:2");
    EXPECT_EQ(f.region, "Jilin Province");
    EXPECT_EQ(f.indicator, "crossed_to_dprk");
    ASSERT_TRUE(f.value.has_value());
    EXPECT_EQ(*f.value, 28028.0);
    EXPECT_EQ(f.period, Period::parse("1961"));
    EXPECT_EQ(f.source, "fma-1962");
}

TEST(Figures, OneFigurePerRowInOrder) {
    const auto figures = bordermap::parse_figures(figures_table({{"Kirin", "bodies_found", "243", "", "1961", "s1"},
                                                                 {"Liaoning", "bodies_found", "1 053", "", "1962-01", "s1"}}));
    ASSERT_EQ(figures.size(), 2u);
    EXPECT_EQ(figures[0].region, "Kirin");
    EXPECT_EQ(figures[1].region, "Liaoning");
    EXPECT_EQ(figures[1].value, 1053.0);
    EXPECT_EQ(figures[1].where, "figures.csv:3");
    EXPECT_EQ(figures[1].period, Period::parse("1962-01"));
}

TEST(Figures, EmptyQualifierMeansExact) {
    EXPECT_EQ(one_figure({"Jilin", "x", "1", "", "1961", "s"}).qualifier, Qualifier::exact);
}

TEST(Figures, AboutQualifier) {
    const Figure f = one_figure({"Jilin", "applications_to_go", "1,778", "about", "1961", "s"});
    EXPECT_EQ(f.qualifier, Qualifier::about);
    EXPECT_EQ(f.value, 1778.0);
}

TEST(Figures, TildeMeansAbout) { EXPECT_EQ(one_figure({"Jilin", "x", "5", "~", "1961", "s"}).qualifier, Qualifier::about); }

TEST(Figures, AtLeastQualifier) {
    EXPECT_EQ(one_figure({"Jilin", "x", "5", "at_least", "1961", "s"}).qualifier, Qualifier::at_least);
}

TEST(Figures, QualifierIsCaseInsensitive) {
    EXPECT_EQ(one_figure({"Jilin", "x", "5", "About", "1961", "s"}).qualifier, Qualifier::about);
}

TEST(Figures, NoDataHasNoValue) {
    const Figure f = one_figure({"Heilongjiang", "crossed_to_dprk", "", "no_data", "1961", "s"});
    EXPECT_EQ(f.qualifier, Qualifier::no_data);
    EXPECT_FALSE(f.value.has_value());
}

TEST(Figures, OptionalColumnsAreRead) {
    const auto figures = bordermap::parse_figures(figures_table(
        {{"Jilin", "x", "5", "1961", "s", "1-3", "a note"}}, {"region", "indicator", "value", "period", "source", "pages", "note"}));
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0].pages, "1-3");
    EXPECT_EQ(figures[0].note, "a note");
    EXPECT_EQ(figures[0].qualifier, Qualifier::exact);  // no qualifier column at all
}

TEST(Figures, ExtraColumnsAreCarriedThroughInOrder) {
    const auto figures = bordermap::parse_figures(
        figures_table({{"reporter A", "Jilin", "x", "5", "box 7", "1961", "s", "note"}},
                      {"reported_by", "region", "indicator", "value", "archive_box", "period", "source", "note"}));
    ASSERT_EQ(figures.size(), 1u);
    const std::vector<std::pair<std::string, std::string>> expected{{"reported_by", "reporter A"}, {"archive_box", "box 7"}};
    EXPECT_EQ(figures[0].extra, expected);
}

TEST(Figures, PeriodFromStartAndEndColumns) {
    const auto figures = bordermap::parse_figures(figures_table({{"Jilin", "x", "5", "1961-01", "1962-03", "s"}},
                                                                {"region", "indicator", "value", "start", "end", "source"}));
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0].period, Period::parse("1961-01/1962-03"));
    EXPECT_TRUE(figures[0].extra.empty());
}

TEST(Figures, EmptyPeriodCellFallsBackToStartAndEnd) {
    const auto figures = bordermap::parse_figures(figures_table(
        {{"Jilin", "x", "5", "", "1961-02", "1961-04", "s"}, {"Jilin", "x", "6", "1962", "", "", "s"}},
        {"region", "indicator", "value", "period", "start", "end", "source"}));
    ASSERT_EQ(figures.size(), 2u);
    EXPECT_EQ(figures[0].period, Period::parse("1961-02/1961-04"));
    EXPECT_EQ(figures[1].period, Period::parse("1962"));
}

TEST(Figures, MissingColumnIsNamed) {
    const DataError e = figures_error(figures_table({}, {"region", "indicator", "qualifier", "period", "source"}));
    EXPECT_EQ(e.where(), "figures.csv");
    EXPECT_TRUE(contains(e.what(), "'value'")) << e.what();
}

TEST(Figures, MissingPeriodColumnsAreNamed) {
    const DataError e = figures_error(figures_table({}, {"region", "indicator", "value", "source", "start"}));
    EXPECT_EQ(e.where(), "figures.csv");
    EXPECT_TRUE(contains(e.what(), "period")) << e.what();
}

TEST(Figures, EmptyRegionNamesTheRow) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "1", "", "1961", "s"}, {"", "x", "1", "", "1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:3");
    EXPECT_TRUE(contains(e.problem(), "region")) << e.what();
}

TEST(Figures, EmptyIndicatorNamesTheRow) {
    const DataError e = figures_error(figures_table({{"Jilin", "", "1", "", "1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "indicator")) << e.what();
}

TEST(Figures, EmptySourceNamesTheRow) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "1", "", "1961", ""}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "source")) << e.what();
}

TEST(Figures, ValueThatIsNotANumberIsQuoted) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "about 1778", "", "1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "'about 1778'")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "not a number")) << e.what();
}

TEST(Figures, BadThousandsGroupIsNotANumber) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "28,02", "", "1961", "s"}}));
    EXPECT_TRUE(contains(e.problem(), "'28,02'")) << e.what();
}

TEST(Figures, EmptyValueWithoutNoDataIsAnError) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "", "at_least", "1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "value is empty")) << e.what();
}

TEST(Figures, NoDataWithAValueIsAnError) {
    const DataError e = figures_error(figures_table({{"Heilongjiang", "x", "0", "no_data", "1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "'0'")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "no_data")) << e.what();
}

TEST(Figures, UnknownQualifierIsQuoted) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "5", "roughly", "1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "'roughly'")) << e.what();
}

TEST(Figures, PeriodEndingBeforeItStartsNamesTheRow) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "5", "", "1962/1961", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "before it starts")) << e.what();
}

TEST(Figures, StartAfterEndNamesTheRow) {
    const DataError e = figures_error(
        figures_table({{"Jilin", "x", "5", "1962-03", "1961-01", "s"}}, {"region", "indicator", "value", "start", "end", "source"}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "before it starts")) << e.what();
}

TEST(Figures, BadPeriodNamesTheRow) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "5", "", "1961-13", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:2");
    EXPECT_TRUE(contains(e.problem(), "1961-13")) << e.what();
}

TEST(Figures, EmptyPeriodWithoutStartAndEndNamesTheRow) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "5", "", "1961", "s"}, {"Jilin", "x", "5", "", "", "s"}}));
    EXPECT_EQ(e.where(), "figures.csv:3");
}

TEST(Figures, ErrorMessageStartsWithWhereAndCarriesAFix) {
    const DataError e = figures_error(figures_table({{"Jilin", "x", "5", "roughly", "1961", "s"}}));
    EXPECT_EQ(std::string(e.what()).rfind("figures.csv:2: ", 0), 0u) << e.what();
    EXPECT_FALSE(e.fix().empty());
    EXPECT_TRUE(contains(e.what(), e.fix()));
}

// ---------------------------------------------------------------- qualifiers

TEST(Qualifier, ParsesSpellings) {
    EXPECT_EQ(bordermap::parse_qualifier(""), Qualifier::exact);
    EXPECT_EQ(bordermap::parse_qualifier("c."), Qualifier::about);
    EXPECT_EQ(bordermap::parse_qualifier(">="), Qualifier::at_least);
    EXPECT_EQ(bordermap::parse_qualifier("<="), Qualifier::at_most);
    EXPECT_EQ(bordermap::parse_qualifier("n/a"), Qualifier::no_data);
    EXPECT_EQ(bordermap::parse_qualifier("not_reported"), Qualifier::no_data);
    EXPECT_FALSE(bordermap::parse_qualifier("roughly").has_value());
}

TEST(Qualifier, NamesAndMarks) {
    EXPECT_STREQ(bordermap::to_string(Qualifier::at_least), "at_least");
    EXPECT_STREQ(bordermap::qualifier_mark(Qualifier::about), "\u2248");
    EXPECT_STREQ(bordermap::qualifier_mark(Qualifier::exact), "");
}

// "Over 30" is more than 30, not at least 30 (issue 13).
TEST(Qualifier, MoreThanAndLessThanAreStrictBounds) {
    EXPECT_EQ(bordermap::parse_qualifier("more_than"), Qualifier::more_than);
    EXPECT_EQ(bordermap::parse_qualifier("over"), Qualifier::more_than);
    EXPECT_EQ(bordermap::parse_qualifier(">"), Qualifier::more_than);
    EXPECT_EQ(bordermap::parse_qualifier("less than"), Qualifier::less_than);
    EXPECT_EQ(bordermap::parse_qualifier("under"), Qualifier::less_than);
    EXPECT_EQ(bordermap::parse_qualifier("<"), Qualifier::less_than);
    EXPECT_STREQ(bordermap::qualifier_mark(Qualifier::more_than), ">");
    EXPECT_STREQ(bordermap::qualifier_mark(Qualifier::less_than), "<");
    EXPECT_STREQ(bordermap::qualifier_words(Qualifier::more_than), "more than");
    EXPECT_STREQ(bordermap::to_string(Qualifier::less_than), "less_than");
    EXPECT_TRUE(bordermap::is_lower_bound(Qualifier::more_than));
    EXPECT_TRUE(bordermap::is_lower_bound(Qualifier::at_least));
    EXPECT_TRUE(bordermap::is_upper_bound(Qualifier::less_than));
    EXPECT_FALSE(bordermap::is_upper_bound(Qualifier::about));
    EXPECT_EQ(one_figure({"Jilin", "x", "30", "over", "1961-05-08T02:00", "s"}).qualifier, Qualifier::more_than);
}

// ---------------------------------------------------------------- parse_sources

TEST(Sources, ReadsEveryField) {
    const auto sources = bordermap::parse_sources(
        sources_table({{"fma-1962", "PRC MFA and MPS, instructions", "1962-03-23", "118-01025-02", "https://example.org/doc"}}));
    ASSERT_EQ(sources.size(), 1u);
    const Source& s = sources[0];
    EXPECT_EQ(s.where, "sources.csv:2");
    EXPECT_EQ(s.id, "fma-1962");
    EXPECT_EQ(s.citation, "PRC MFA and MPS, instructions");
    EXPECT_EQ(s.date, "1962-03-23");
    EXPECT_EQ(s.archive_ref, "118-01025-02");
    EXPECT_EQ(s.url, "https://example.org/doc");
}

TEST(Sources, OptionalColumnsMayBeAbsent) {
    Table table{"sources.csv", {"id", "citation"}, {TableRow{"sources.csv:2", {"a", "A citation"}}}};
    const auto sources = bordermap::parse_sources(table);
    ASSERT_EQ(sources.size(), 1u);
    EXPECT_EQ(sources[0].date, "");
    EXPECT_EQ(sources[0].url, "");
}

TEST(Sources, DuplicateIdNamesTheSecondRow) {
    const DataError e = sources_error(sources_table({{"a", "First", "", "", ""}, {"b", "Second", "", "", ""}, {"a", "Third", "", "", ""}}));
    EXPECT_EQ(e.where(), "sources.csv:4");
    EXPECT_TRUE(contains(e.problem(), "'a'")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "twice")) << e.what();
}

TEST(Sources, EmptyCitationNamesTheRow) {
    const DataError e = sources_error(sources_table({{"a", "First", "", "", ""}, {"b", "", "", "", ""}}));
    EXPECT_EQ(e.where(), "sources.csv:3");
    EXPECT_TRUE(contains(e.problem(), "citation")) << e.what();
    EXPECT_TRUE(contains(e.problem(), "'b'")) << e.what();
}

TEST(Sources, EmptyIdNamesTheRow) {
    const DataError e = sources_error(sources_table({{"", "First", "", "", ""}}));
    EXPECT_EQ(e.where(), "sources.csv:2");
    EXPECT_TRUE(contains(e.problem(), "id")) << e.what();
}

TEST(Sources, MissingCitationColumnIsNamed) {
    const DataError e = sources_error(Table{"sources.csv", {"id", "date"}, {}});
    EXPECT_EQ(e.where(), "sources.csv");
    EXPECT_TRUE(contains(e.what(), "'citation'")) << e.what();
}

// ---------------------------------------------------------------- read_table

TEST(ReadTable, HeaderIsLowerCasedAndTrimmed) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, " Region ,INDICATOR,Value \nJilin,x,1\n");
    const Table table = bordermap::read_table(path.string());
    EXPECT_EQ(table.columns, (std::vector<std::string>{"region", "indicator", "value"}));
    EXPECT_EQ(table.path, path.string());
    EXPECT_EQ(table.column("indicator"), 1u);
    EXPECT_FALSE(table.column("period").has_value());
}

TEST(ReadTable, CellsStayText) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,value,period\nJilin,\"28,028\",1961\nLiaoning,007,1962-01\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"Jilin", "28,028", "1961"}));
    EXPECT_EQ(table.rows[1].cells, (std::vector<std::string>{"Liaoning", "007", "1962-01"}));
}

TEST(ReadTable, FirstDataRowIsLineTwo) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,value\nJilin,1\nLiaoning,2\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].where, path.string() + ":2");
    EXPECT_EQ(table.rows[1].where, path.string() + ":3");
}

TEST(ReadTable, EmptyCellsAreEmptyStrings) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,value,qualifier\nHeilongjiang,,no_data\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.rows[0].cells, (std::vector<std::string>{"Heilongjiang", "", "no_data"}));
}

TEST(ReadTable, RowsOfEmptyCellsAreSkipped) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,value\nJilin,1\n,\n , \nLiaoning,2\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].cells[0], "Jilin");
    EXPECT_EQ(table.rows[1].cells[0], "Liaoning");
    EXPECT_EQ(table.rows[1].where, path.string() + ":5");
}

TEST(ReadTable, BlankLinesAreSkippedAndLaterLinesKeepTheirNumbers) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,value\nJilin,1\n\nLiaoning,2\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].where, path.string() + ":2");
    EXPECT_EQ(table.rows[1].cells[0], "Liaoning");
    EXPECT_EQ(table.rows[1].where, path.string() + ":4");
}

TEST(ReadTable, QuotedCellOverTwoLinesKeepsLaterLineNumbers) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,note\nJilin,\"first line\nsecond line\"\nLiaoning,x\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].cells[1], "first line\nsecond line");
    EXPECT_EQ(table.rows[0].where, path.string() + ":2");
    EXPECT_EQ(table.rows[1].where, path.string() + ":4");
}

TEST(ReadTable, FiguresFromARealFile) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path,
               "region,indicator,value,qualifier,period,source,reported_by\n"
               "Jilin Province,crossed_to_dprk,\"28,028\",exact,1961,fma,Jilin PSD\n"
               "Heilongjiang,crossed_to_dprk,,no_data,1961,fma,\n");
    const auto figures = bordermap::parse_figures(bordermap::read_table(path.string()));
    ASSERT_EQ(figures.size(), 2u);
    EXPECT_EQ(figures[0].value, 28028.0);
    EXPECT_EQ(figures[0].where, path.string() + ":2");
    EXPECT_EQ(figures[0].extra, (std::vector<std::pair<std::string, std::string>>{{"reported_by", "Jilin PSD"}}));
    EXPECT_EQ(figures[1].qualifier, Qualifier::no_data);
    EXPECT_EQ(figures[1].where, path.string() + ":3");
}

TEST(ReadTable, MissingFileIsADataErrorNamingThePath) {
    TempDir dir("bordermap-read-table");
    const std::string path = (dir / "no-such-figures.csv").string();
    try {
        (void)bordermap::read_table(path);
        FAIL() << "no error for a missing file";
    } catch (const DataError& e) {
        EXPECT_TRUE(contains(e.what(), path)) << e.what();
    }
}

// Why a figure is missing is kept: the 1962 document is silent on Heilongjiang, which is not
// the same as a figure that is unknown or suppressed.
TEST(MissingReason, NotReportedUnknownAndSuppressedAreKept) {
    Table table{"figures.csv", {"region", "indicator", "value", "qualifier", "period", "source"}, {}};
    for (const char* q : {"not_reported", "unknown", "suppressed", "no_data", "Not Reported"})
        table.rows.push_back({"figures.csv:2", {"Heilungkiang", "crossings", "", q, "1961", "doc"}});
    const auto figures = bordermap::parse_figures(table);
    ASSERT_EQ(figures.size(), 5u);
    for (const auto& f : figures) EXPECT_EQ(f.qualifier, Qualifier::no_data);
    EXPECT_EQ(bordermap::qualifier_name(figures[0]), "not_reported");
    EXPECT_EQ(bordermap::qualifier_name(figures[1]), "unknown");
    EXPECT_EQ(bordermap::qualifier_name(figures[2]), "suppressed");
    EXPECT_EQ(bordermap::qualifier_name(figures[3]), "no_data");
    EXPECT_EQ(bordermap::qualifier_name(figures[4]), "not_reported");
    EXPECT_EQ(bordermap::missing_text(&figures[0]), "not reported");
    EXPECT_EQ(bordermap::missing_text(&figures[3]), "no data");
    EXPECT_EQ(bordermap::missing_text(nullptr), "no data");
}

TEST(MissingReason, AFigureWithAValueHasNone) {
    Table table{"figures.csv", {"region", "indicator", "value", "qualifier", "period", "source"}, {}};
    table.rows.push_back({"figures.csv:2", {"Kirin", "crossings", "1,200", "about", "1961", "doc"}});
    const auto figures = bordermap::parse_figures(table);
    EXPECT_TRUE(figures[0].missing_reason.empty());
    EXPECT_EQ(bordermap::qualifier_name(figures[0]), "about");
}

// Every problem of a row is reported, not only the first (issue 13).
TEST(Figures, EveryProblemOfARowIsReported) {
    std::vector<bordermap::DataError> bad;
    const auto figures = bordermap::parse_figures(figures_table({{"", "x", "lots", "", "1961-13", "s"}, {"Jilin", "x", "5", "", "1961", "s"}}), &bad);
    ASSERT_EQ(figures.size(), 1u) << "the good row is kept";
    ASSERT_EQ(bad.size(), 3u);
    EXPECT_EQ(bad[0].problem(), "the region is empty");
    EXPECT_NE(std::string(bad[1].problem()).find("'lots' is not a number"), std::string::npos) << bad[1].problem();
    EXPECT_NE(std::string(bad[2].problem()).find("no month 13"), std::string::npos) << bad[2].problem();
    for (const auto& e : bad) EXPECT_EQ(e.where(), "figures.csv:2");
}

TEST(ReadTable, CommentLinesAreLeftOutAndLinesStayTrue) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "region,value\n# from the May cable, invented\nJilin,1\n#,another\nLiaoning,2\n");
    const Table table = bordermap::read_table(path.string());
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0].where, path.string() + ":3");
    EXPECT_EQ(table.rows[1].where, path.string() + ":5");
}

TEST(ReadTable, ACommentBeforeTheHeaderSaysWhereTheHeaderGoes) {
    TempDir dir("bordermap-read-table");
    const auto path = dir / "figures.csv";
    write_file(path, "# figures of the May cable\nregion,value\nJilin,1\n");
    try {
        (void)bordermap::read_table(path.string());
        FAIL() << "a comment where the header must be was read";
    } catch (const bordermap::DataError& e) {
        EXPECT_EQ(e.where(), path.string() + ":1");
        EXPECT_TRUE(contains(e.problem(), "where the header must be")) << e.problem();
        EXPECT_TRUE(contains(e.fix(), "lines starting with # may follow it")) << e.fix();
    }
}
