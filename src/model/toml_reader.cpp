#include "model/toml_reader.hpp"

#include <sstream>
#include <stdexcept>

namespace bordermap {
namespace {

// A bound as it is written in TOML: 2000, 0.5 (no thousands separators).
std::string as_written(double bound) {
    std::ostringstream out;
    out << bound;
    return out.str();
}

}  // namespace

TomlValue::TomlValue(const toml::node& node, std::string key, std::string file) : node_(&node), key_(std::move(key)), file_(std::move(file)) {}

std::string TomlValue::where() const { return at_line(file_, static_cast<long>(node_->source().begin.line)); }

void TomlValue::fail(const std::string& problem, const std::string& fix) const { throw DataError(where(), problem, fix); }

std::string TomlValue::text() const {
    if (auto value = node_->value<std::string>()) return *value;
    fail("'" + key_ + "' must be a string", "Write it in quotes.");
}

double TomlValue::number() const {
    if (auto value = node_->value<double>()) return *value;  // integers too, never booleans
    fail("'" + key_ + "' must be a number", "Write a number without quotes.");
}

double TomlValue::number_in(double min, double max, bool above_min) const {
    const double n = number();
    if (n < min || n > max || (above_min && n == min)) {
        fail("'" + key_ + "' is out of range", above_min ? "Use a number above " + as_written(min) + ", up to " + as_written(max) + "."
                                                         : "Use a value from " + as_written(min) + " to " + as_written(max) + ".");
    }
    return n;
}

double TomlValue::positive_number(const std::string& fix) const {
    const double n = number();
    if (n <= 0) fail("'" + key_ + "' must be a positive number", fix);
    return n;
}

int TomlValue::whole_number(int min, int max, const std::string& fix) const {
    const double n = number();
    if (n < min || n > max || n != static_cast<int>(n)) {
        fail("'" + key_ + "' must be a whole number from " + std::to_string(min) + " to " + std::to_string(max), fix);
    }
    return static_cast<int>(n);
}

bool TomlValue::flag() const {
    if (auto value = node_->value_exact<bool>()) return *value;  // not 1 or "yes"
    fail("'" + key_ + "' must be true or false", "Write true or false, without quotes.");
}

std::vector<TomlValue> TomlValue::items(const std::string& of, const std::string& fix) const {
    const toml::array* array = node_->as_array();
    if (!array) fail("'" + key_ + "' must be a list of " + of, fix);
    std::vector<TomlValue> out;
    for (const auto& item : *array) out.emplace_back(item, key_, file_);
    return out;
}

std::vector<std::string> TomlValue::texts() const {
    std::vector<std::string> out;
    for (const TomlValue& item : items("strings", "Write " + key_ + " = [\"a\", \"b\"].")) out.push_back(item.text());
    return out;
}

std::vector<double> TomlValue::numbers() const {
    std::vector<double> out;
    for (const TomlValue& item : items("numbers", "Write " + key_ + " = [1, 2, 3].")) out.push_back(item.number());
    return out;
}

Period TomlValue::period(const std::string& fix) const {
    const std::string written = text();
    try {
        return Period::parse(written);
    } catch (const std::invalid_argument& e) {
        fail(e.what(), fix.empty() ? "Write e.g. " + key_ + " = \"1961\" or \"1961-01/1962-03\"." : fix);
    }
}

const toml::table& TomlValue::table() const {
    if (const toml::table* t = node_->as_table()) return *t;
    fail("'" + key_ + "' must be a table", "Write it as [" + key_ + "] with keys below it.");
}

std::vector<TomlValue> TomlValue::entries() const {
    std::vector<TomlValue> out;
    for (const auto& [key, value] : table()) out.emplace_back(value, std::string(key.str()), file_);
    return out;
}

std::vector<TomlValue> TomlValue::tables(const std::string& fix) const {
    std::vector<TomlValue> out = items("tables", fix);
    for (const TomlValue& item : out) {
        if (!item.node().is_table()) item.fail("'" + key_ + "' must be a list of tables", fix);
    }
    return out;
}

TableRef TomlValue::table_ref(const std::filesystem::path& folder) const {
    if (node_->is_string()) return {folder / text(), {}};
    const KeyTable<TableRef> keys({"key", "'" + key_ + "'"}, {
                                                                 {"path", [](TableRef& r, const TomlValue& v) { r.path = v.text(); }},
                                                                 {"layer", [](TableRef& r, const TomlValue& v) { r.layer = v.text(); }},
                                                             });
    TableRef ref;
    keys.apply(ref, *this);
    if (ref.path.empty()) fail("'" + key_ + "' has no path", "Write " + key_ + " = { path = \"file.xlsx\", layer = \"Sheet1\" }.");
    ref.path = folder / ref.path;
    return ref;
}

std::string toml_text(const toml::node* node) {
    if (!node) return {};
    std::ostringstream out;
    node->visit([&](const auto& n) { out << n; });
    return out.str();
}

}  // namespace bordermap
