#include "bordermap/data/figures.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <stdexcept>

#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"

namespace bordermap {
namespace {

std::string cell(const TableRow& row, std::optional<std::size_t> index) {
    return index && *index < row.cells.size() ? row.cells[*index] : std::string{};
}

// The columns of a figures table, found once for all its rows.
struct FigureColumns {
    std::size_t region, indicator, value, source;
    std::optional<std::size_t> period, start, end, qualifier, pages, note, derivation;

    explicit FigureColumns(const Table& table)
        : region(table.require("region", "where the figure belongs")),
          indicator(table.require("indicator", "what is counted")),
          value(table.require("value", "the number")),
          source(table.require("source", "the id of a row in the sources table")),
          period(table.column("period")),
          start(table.column("start")),
          end(table.column("end")),
          qualifier(table.column("qualifier")),
          pages(table.column("pages")),
          note(table.column("note")),
          derivation(table.column("derivation")) {
        if (!period && !(start && end)) {
            throw DataError(table.path, "has no 'period' column, nor 'start' and 'end' columns",
                            "Add a 'period' column (e.g. 1961 or 1961-01/1962-03), or 'start' and 'end' columns.");
        }
    }

    // A column kept as it is in the figure's `extra`.
    bool uninterpreted(const Table& table, std::size_t i) const {
        static const std::set<std::string> interpreted{"period", "start", "end", "qualifier", "pages", "note", "derivation"};
        return i != region && i != indicator && i != value && i != source && !interpreted.count(table.columns[i]);
    }
};

// The qualifier column, and for a missing figure the reason it gives.
void read_qualifier(Figure& figure, const std::string& written, const std::string& where) {
    const auto parsed = parse_qualifier(written);
    if (!parsed) {
        throw DataError(where, "the qualifier '" + written + "' is not known",
                        "Use exact, about, at_least, at_most, more_than, less_than, or for a missing figure not_reported, unknown, suppressed "
                        "or no_data (leave it empty for exact).");
    }
    figure.qualifier = *parsed;
    if (figure.qualifier == Qualifier::no_data) {
        const std::string key = lowercase_ascii(trim(written));
        if (key == "not_reported" || key == "not reported") figure.missing_reason = "not_reported";
        else if (key == "unknown") figure.missing_reason = "unknown";
        else if (key == "suppressed") figure.missing_reason = "suppressed";
    }
}

// The value column: a number, or empty for a figure the document does not report.
void read_value(Figure& figure, const std::string& written, const std::string& where) {
    if (figure.qualifier == Qualifier::no_data) {
        if (!written.empty()) {
            throw DataError(where, "has the value '" + written + "' but the qualifier no_data",
                            "Leave the value empty for a figure the document does not report, or change the qualifier.");
        }
        return;
    }
    if (written.empty()) {
        throw DataError(where, "the value is empty", "Write the number, or set the qualifier to no_data if the document reports none.");
    }
    figure.value = parse_number(written);
    if (const auto point = written.find('.'); point != std::string::npos) figure.value_decimals = static_cast<int>(written.size() - point - 1);
    if (!figure.value) {
        throw DataError(where, "the value '" + written + "' is not a number",
                        "Write digits, optionally with thousands separators (28,028); put 'about' or 'at least' "
                        "in the qualifier column, not in the value.",
                        "not_a_number");
    }
}

// The derivation column: how a figure the document does not give follows from its numbers.
void read_derivation(Figure& figure, const std::string& written, bool marked_derived, const std::string& where) {
    if (trim(written).empty()) {
        if (marked_derived) {
            throw DataError(where, "is marked derived but does not say how it was derived",
                            "Add a 'derivation' column with the sum, e.g. 4701 - 1985, or [Liaoning and Jilin] - [Liaoning] "
                            "for other figures of the table (same indicator and period).",
                            "bad_derivation");
        }
        return;
    }
    if (!figure.value) {
        throw DataError(where, "has a derivation but no value", "A derived figure has the value it comes to; write it, or remove the derivation.");
    }
    try {
        figure.derivation = Derivation::parse(written);
    } catch (const std::invalid_argument& e) {
        throw DataError(where, std::string("the derivation ") + e.what(),
                        "Write numbers and [region] references joined by + - * / and parentheses, e.g. [Liaoning and Jilin] - 1985.",
                        "bad_derivation");
    }
}

// One row; every problem it has goes into `problems` (a row may have several), and then the
// figure is not usable.
Figure read_figure(const Table& table, const FigureColumns& columns, const TableRow& row, std::vector<DataError>& problems) {
    Figure figure;
    figure.where = row.where;
    figure.region = cell(row, columns.region);
    figure.indicator = cell(row, columns.indicator);
    figure.source = cell(row, columns.source);
    figure.pages = cell(row, columns.pages);
    figure.note = cell(row, columns.note);
    const auto step = [&](auto&& read) {
        try {
            read();
        } catch (const DataError& e) {
            problems.push_back(e);
        }
    };
    if (figure.region.empty()) problems.emplace_back(row.where, "the region is empty", "Write the region as the document names it.");
    if (figure.indicator.empty()) problems.emplace_back(row.where, "the indicator is empty", "Write what is counted, e.g. crossed_to_dprk.");
    if (figure.source.empty()) problems.emplace_back(row.where, "the source is empty", "Write the id of the document in the sources table.");
    const std::string qualifier = cell(row, columns.qualifier);
    const bool marked_derived = lowercase_ascii(trim(qualifier)) == "derived";
    const std::size_t before_value = problems.size();
    step([&] { read_qualifier(figure, marked_derived ? "" : qualifier, row.where); });
    if (problems.size() == before_value) step([&] { read_value(figure, cell(row, columns.value), row.where); });  // the value depends on the qualifier
    if (problems.size() == before_value) step([&] { read_derivation(figure, cell(row, columns.derivation), marked_derived, row.where); });
    try {
        const std::string period = cell(row, columns.period);
        figure.period = !period.empty() ? Period::parse(period) : Period::from_bounds(cell(row, columns.start), cell(row, columns.end));
    } catch (const std::invalid_argument& e) {
        problems.emplace_back(row.where, e.what(), "Periods are YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or two of these as START/END.", "bad_period");
    }
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (columns.uninterpreted(table, i)) figure.extra.emplace_back(table.columns[i], cell(row, i));
    }
    return figure;
}

}  // namespace

std::optional<Qualifier> parse_qualifier(const std::string& text) {
    const std::string key = lowercase_ascii(trim(text));
    if (key.empty() || key == "exact" || key == "=") return Qualifier::exact;
    if (key == "about" || key == "~" || key == "approx" || key == "approximately" || key == "circa" || key == "c." ||
        key == "\u2248")
        return Qualifier::about;
    if (key == "at_least" || key == "at least" || key == ">=" || key == "\u2265" || key == "min") return Qualifier::at_least;
    if (key == "at_most" || key == "at most" || key == "<=" || key == "\u2264" || key == "max") return Qualifier::at_most;
    if (key == "more_than" || key == "more than" || key == ">" || key == "over" || key == "above") return Qualifier::more_than;
    if (key == "less_than" || key == "less than" || key == "<" || key == "under" || key == "below" || key == "fewer than")
        return Qualifier::less_than;
    if (key == "no_data" || key == "not_reported" || key == "not reported" || key == "unknown" || key == "n/a" ||
        key == "suppressed")
        return Qualifier::no_data;
    return std::nullopt;
}

const char* to_string(Qualifier qualifier) {
    switch (qualifier) {
        case Qualifier::exact: return "exact";
        case Qualifier::about: return "about";
        case Qualifier::at_least: return "at_least";
        case Qualifier::at_most: return "at_most";
        case Qualifier::more_than: return "more_than";
        case Qualifier::less_than: return "less_than";
        case Qualifier::no_data: return "no_data";
    }
    return "exact";
}

std::string qualifier_name(const Figure& figure) {
    return figure.missing_reason.empty() ? to_string(figure.qualifier) : figure.missing_reason;
}

std::string missing_text(const Figure* figure) {
    if (!figure || figure->missing_reason.empty()) return "no data";
    std::string text = figure->missing_reason;
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

const char* qualifier_mark(Qualifier qualifier) {
    switch (qualifier) {
        case Qualifier::about: return "\u2248";
        case Qualifier::at_least: return "\u2265";
        case Qualifier::at_most: return "\u2264";
        case Qualifier::more_than: return ">";
        case Qualifier::less_than: return "<";
        default: return "";
    }
}

const char* qualifier_words(Qualifier qualifier) {
    switch (qualifier) {
        case Qualifier::about: return "about";
        case Qualifier::at_least: return "at least";
        case Qualifier::at_most: return "at most";
        case Qualifier::more_than: return "more than";
        case Qualifier::less_than: return "less than";
        default: return "";
    }
}

bool is_lower_bound(Qualifier qualifier) { return qualifier == Qualifier::at_least || qualifier == Qualifier::more_than; }
bool is_upper_bound(Qualifier qualifier) { return qualifier == Qualifier::at_most || qualifier == Qualifier::less_than; }

std::vector<Figure> parse_figures(const Table& table, std::vector<DataError>* bad_rows) {
    const FigureColumns columns(table);
    std::vector<Figure> figures;
    for (const auto& row : table.rows) {
        std::vector<DataError> problems;
        Figure figure = read_figure(table, columns, row, problems);
        if (problems.empty()) {
            figures.push_back(std::move(figure));
            continue;
        }
        if (!bad_rows) throw problems.front();
        bad_rows->insert(bad_rows->end(), problems.begin(), problems.end());
    }
    return figures;
}

std::vector<Source> parse_sources(const Table& table, std::vector<DataError>* bad_rows) {
    const auto id = table.require("id", "how figures refer to the source");
    const auto citation = table.require("citation", "the reference printed on the map");
    const auto date = table.column("date"), archive = table.column("archive_ref"), url = table.column("url");
    std::vector<Source> sources;
    std::set<std::string> seen;
    for (const auto& row : table.rows) try {
        Source source{row.where, cell(row, id), cell(row, citation), cell(row, date), cell(row, archive), cell(row, url)};
        if (source.id.empty()) throw DataError(row.where, "the source id is empty", "Give every source a short id.");
        if (source.citation.empty()) throw DataError(row.where, "the citation of '" + source.id + "' is empty", "Write the citation.");
        if (!seen.insert(source.id).second) {
            throw DataError(row.where, "the source id '" + source.id + "' is used twice", "Give each source its own id.", "duplicate_source_id");
        }
        sources.push_back(std::move(source));
    } catch (const DataError& e) {
        if (!bad_rows) throw;
        bad_rows->push_back(e);
    }
    return sources;
}

}  // namespace bordermap
