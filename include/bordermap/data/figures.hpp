#pragma once
// Figures (one reported number each) and the sources they come from.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bordermap/data/derivation.hpp"
#include "bordermap/data/period.hpp"
#include "bordermap/data/table.hpp"

namespace bordermap {

enum class Qualifier { exact, about, at_least, at_most, more_than, less_than, no_data };

// "exact", "about" (also "~", "approx", "circa", "c."), "at_least" (">="), "at_most" ("<="),
// "more_than" (">", "over"), "less_than" ("<", "under"), "no_data" (also "not_reported", "unknown", "n/a"); empty means exact.
std::optional<Qualifier> parse_qualifier(const std::string& text);
const char* to_string(Qualifier qualifier);
// The mark a reader sees before a qualified number: "≈", "≥", "≤", ">", "<" or "".
const char* qualifier_mark(Qualifier qualifier);
// How the legend explains the mark: "about", "at least", "more than"...; empty for exact.
const char* qualifier_words(Qualifier qualifier);
// A figure that bounds the true value from below (at least, more than) or above (at most, less than).
bool is_lower_bound(Qualifier qualifier);
bool is_upper_bound(Qualifier qualifier);


struct Figure {
    std::string where;        // file and line it was read from
    std::string region;       // as written in the table
    std::string indicator;
    std::optional<double> value;  // empty only for no_data
    Qualifier qualifier = Qualifier::exact;
    // Why a no_data figure has no value, as the table says: "not_reported" (the document is
    // silent), "unknown", "suppressed"; empty when the table gives no reason.
    std::string missing_reason;
    Period period = Period::parse("1900");
    std::string source;       // source id
    std::string pages;
    std::string note;
    // A figure the document does not give but that follows from its numbers ("derivation" column,
    // or the qualifier "derived" with it); the value is what the table says it comes to.
    std::optional<Derivation> derivation;
    int value_decimals = 0;   // decimals the value was written with (a derivation may round to them)
    std::vector<std::pair<std::string, std::string>> extra;  // columns we do not interpret, kept as they are
};

struct Source {
    std::string where;
    std::string id;
    std::string citation;
    std::string date;
    std::string archive_ref;
    std::string url;
};


// The qualifier as exports write it: the missing reason where there is one ("not_reported"),
// else the qualifier ("exact", "about", "no_data").
std::string qualifier_name(const Figure& figure);
// For readers, of a figure without a value: "not reported", "unknown", "suppressed" or "no data".
std::string missing_text(const Figure* figure);

class DataError;

// Parses a figures table. Required columns: region, indicator, value, source, and either
// period or start and end. Optional: qualifier, pages, note, derivation. Errors name the row and the fix.
// A missing column always throws; a bad row throws too, unless `bad_rows` is given: then the
// row's error is added there and the row left out (`bordermap check` reports them all).
std::vector<Figure> parse_figures(const Table& table, std::vector<DataError>* bad_rows = nullptr);
// Parses a sources table: id, citation required; date, archive_ref, url optional.
std::vector<Source> parse_sources(const Table& table, std::vector<DataError>* bad_rows = nullptr);

}  // namespace bordermap
