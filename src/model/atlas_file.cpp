#include "bordermap/model/atlas.hpp"
#include "bordermap/core/bundled.hpp"

#include <set>
#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>

#include "bordermap/model/inputs.hpp"
#include "bordermap/config.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/projection.hpp"
#include "core/toml_file.hpp"
#include "model/style_toml.hpp"

namespace bordermap {
namespace {

class Reader {
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    std::string where(const toml::node& node) const { return at_line(file_, static_cast<long>(node.source().begin.line)); }

    [[noreturn]] void fail(const toml::node& node, const std::string& what, const std::string& fix) const {
        throw DataError(where(node), what, fix);
    }

    std::string text(const toml::node& node, const std::string& key) const {
        if (auto value = node.value<std::string>()) return *value;
        fail(node, "'" + key + "' must be a string", "Write it in quotes.");
    }

    double number(const toml::node& node, const std::string& key) const {
        if (auto value = node.value<double>()) return *value;
        fail(node, "'" + key + "' must be a number", "Write a number without quotes.");
    }

    std::vector<std::string> texts(const toml::node& node, const std::string& key) const {
        const toml::array* array = node.as_array();
        if (!array) fail(node, "'" + key + "' must be a list of strings", "Write [\"a\", \"b\"].");
        std::vector<std::string> out;
        for (const auto& item : *array) out.push_back(text(item, key));
        return out;
    }

    std::vector<double> numbers(const toml::node& node, const std::string& key) const {
        const toml::array* array = node.as_array();
        if (!array) fail(node, "'" + key + "' must be a list of numbers", "Write [1, 2, 3].");
        std::vector<double> out;
        for (const auto& item : *array) out.push_back(number(item, key));
        return out;
    }

    const toml::table& table(const toml::node& node, const std::string& key) const {
        if (const toml::table* t = node.as_table()) return *t;
        fail(node, "'" + key + "' must be a table", "Write it as [" + key + "] with keys below it.");
    }

    TableRef table_ref(const toml::node& node, const std::string& key, const std::filesystem::path& folder) const {
        if (node.is_string()) return {folder / text(node, key), {}};
        TableRef ref;
        for (const auto& [k, v] : table(node, key)) {
            if (k == "path") ref.path = folder / text(v, "path");
            else if (k == "layer") ref.layer = text(v, "layer");
            else fail(v, "unknown key '" + std::string(k.str()) + "' in '" + key + "'", "Use path and layer.");
        }
        if (ref.path.empty()) fail(node, "'" + key + "' has no path", "Write " + key + " = { path = \"file.xlsx\", layer = \"Sheet1\" }.");
        return ref;
    }

    void apply(MapSpec& map, const toml::table& settings) const {
        for (const auto& [key_node, value] : settings) {
            const std::string key(key_node.str());
            if (key == "id") map.id = text(value, key);
            else if (key == "title") map.title = text(value, key);
            else if (key == "subtitle") map.subtitle = text(value, key);
            else if (key == "credits") map.credits = text(value, key);
            else if (key == "indicator") map.indicator = text(value, key);
            else if (key == "period") {
                try {
                    map.period = Period::parse(text(value, key));
                } catch (const std::invalid_argument& e) {
                    fail(value, e.what(), "Write e.g. period = \"1961\" or \"1961-01/1962-03\".");
                }
            } else if (key == "period_rule") {
                const std::string rule = text(value, key);
                if (const auto known = period_rule_names.parse(rule)) map.rule = *known;
                else fail(value, "period_rule '" + rule + "' is not known", "Use " + period_rule_names.quoted_list() + ".");
            } else if (key == "method") {
                const std::string method = text(value, key);
                if (const auto known = class_method_names.parse(method)) map.method = *known;
                else fail(value, "method '" + method + "' is not known", "Use " + class_method_names.quoted_list() + ".");
            } else if (key == "classes") {
                const double n = number(value, key);
                if (n < 1 || n > 9 || n != static_cast<int>(n)) fail(value, "classes must be a whole number from 1 to 9", "Write e.g. classes = 5.");
                map.classes = static_cast<int>(n);
            } else if (key == "breaks") map.breaks = numbers(value, key);
            else if (key == "palette") {
                map.palette = text(value, key);
                try {
                    (void)palette_info(map.palette);
                } catch (const std::invalid_argument& e) {
                    fail(value, e.what(), "Write the scheme's name as ColorBrewer or matplotlib spells it, e.g. palette = \"YlOrRd\".");
                }
            }
            else if (key == "projection") map.projection = text(value, key);
            else if (key == "extent") {
                const auto e = numbers(value, key);
                if (e.size() != 4 || e[0] >= e[2] || e[1] >= e[3] || e[1] < -90 || e[3] > 90 || e[0] < -180 || e[2] > 180) {
                    fail(value, "extent must be [west, south, east, north] in degrees", "Write e.g. extent = [118, 38, 135, 54].");
                }
                map.extent = Box{e[0], e[1], e[2], e[3]};
            } else if (key == "regions") map.regions = texts(value, key);
            else if (key == "width_mm" || key == "height_mm" || key == "dpi") {
                const double n = number(value, key);
                if (n <= 0 || n > (key == "dpi" ? 2400 : 2000)) fail(value, "'" + key + "' is out of range", "Use a positive size.");
                (key == "width_mm" ? map.width_mm : key == "height_mm" ? map.height_mm : map.dpi) = n;
            } else if (key == "formats") {
                map.formats.clear();
                for (const auto& f : texts(value, key)) {
                    const auto format = map_format_names.parse(f);
                    if (!format) fail(value, "format '" + f + "' is not known", "Use any of " + map_format_names.quoted_list(", ") + ".");
                    map.formats.push_back(*format);
                }
            } else if (key == "legend_position") {
                const std::string position = text(value, key);
                const auto known = legend_position_names.parse(position);
                if (!known) fail(value, "legend_position '" + position + "' is not known", "Use " + legend_position_names.quoted_list() + ".");
                map.legend_position = *known;
            } else if (key == "names") {
                const std::string names = text(value, key);
                if (const auto known = naming_policy_names.parse(names)) map.naming.policy = *known;
                else fail(value, "names '" + names + "' is not known", "Use \"period\" (names in use in the map's period) or \"modern\".");
            } else if (key == "name_systems") {
                map.naming.systems = texts(value, key);
                if (map.naming.systems.empty()) fail(value, "name_systems is empty", "Write e.g. name_systems = [\"pinyin\", \"postal\"].");
            } else if (key == "normalize") {
                const std::string how = text(value, key);
                if (const auto known = normalization_names.parse(how)) map.normalization.kind = *known;
                else fail(value, "normalize '" + how + "' is not known", "Use " + normalization_names.quoted_list() + ".");
            } else if (key == "population") map.normalization.population = text(value, key);
            else if (key == "per") {
                map.normalization.per = number(value, key);
                if (map.normalization.per <= 0) fail(value, "per must be a positive number", "Write e.g. per = 1000 (a rate per 1,000 people).");
            } else if (key == "panels") {
                const toml::array* panels = value.as_array();
                if (!panels || panels->empty()) fail(value, "panels must be a list of tables", "Write panels = [{ indicator = \"a\" }, { indicator = \"b\" }].");
                map.panels.clear();
                for (const auto& node : *panels) {
                    PanelSpec panel;
                    panel.where = where(node);
                    for (const auto& [k, v] : table(node, "panels")) {
                        if (k == "indicator") panel.indicator = text(v, "indicator");
                        else if (k == "title") panel.title = text(v, "title");
                        else if (k == "period") {
                            try {
                                panel.period = Period::parse(text(v, "period"));
                            } catch (const std::invalid_argument& e) {
                                fail(v, e.what(), "Write e.g. period = \"1961\".");
                            }
                        } else fail(v, "unknown key '" + std::string(k.str()) + "' in a panel", "Known: indicator, title, period.");
                    }
                    if (panel.indicator.empty()) fail(node, "a panel has no indicator", "Add indicator = \"...\" to it.");
                    map.panels.push_back(std::move(panel));
                }
            } else if (key == "series") {
                map.series_spec = series(value);
            } else if (key == "shared_classes") {
                const auto shared = value.value<bool>();
                if (!shared || !value.is_boolean()) fail(value, "'shared_classes' must be true or false", "Write shared_classes = true (without quotes).");
                map.shared_classes = *shared;
            } else if (key == "style") {
                map.style_name = text(value, key);
            } else if (key == "prefer_source") {
                map.prefer_source = value.is_string() ? std::vector<std::string>{text(value, key)} : texts(value, key);
            } else {
                fail(value, "unknown map setting '" + key + "'",
                     "Known: id, title, subtitle, credits, indicator, period, period_rule, method, classes, breaks, palette, projection, "
                     "extent, regions, width_mm, height_mm, dpi, formats, legend_position, names, name_systems, normalize, "
                     "population, per, prefer_source, style, panels, series, shared_classes.");
            }
        }
    }

    // series = { period = ["1960", "1961"] }: exactly one key, a non-empty list of strings.
    SeriesSpec series(const toml::node& node) const {
        const toml::table* declared = node.as_table();
        if (!declared) fail(node, "'series' must be a table", "Write e.g. series = { period = [\"1960\", \"1961\"] }.");
        if (declared->size() != 1) {
            fail(node, "'series' must have exactly one key", "A series varies one thing: write one of period, indicator or region.");
        }
        const auto entry = *declared->begin();  // a proxy holding references into the table
        const std::string key(entry.first.str());
        const toml::node& list = entry.second;
        SeriesSpec spec;
        spec.where = where(node);
        if (const auto known = series_key_names.parse(key)) spec.key = *known;
        else fail(list, "unknown key '" + key + "' in 'series'", "Known: period, indicator, region (one of them).");
        const toml::array* values = list.as_array();
        if (!values) fail(list, "'series." + key + "' must be a list of strings", "Write e.g. " + key + " = [\"a\", \"b\"].");
        if (values->empty()) fail(list, "'series." + key + "' is empty", "List at least one value; a series makes one map of each.");
        for (const auto& item : *values) {
            SeriesSpec::Value value{text(item, "series." + key), where(item)};
            if (spec.key == SeriesSpec::Key::period) {
                try {
                    (void)Period::parse(value.text);
                } catch (const std::invalid_argument& e) {
                    fail(item, e.what(), "Write e.g. period = [\"1960\", \"1961\", \"1961-01/1962-03\"].");
                }
            }
            spec.values.push_back(std::move(value));
        }
        return spec;
    }

    UserLayer boundary_layer(const toml::node& node, const std::filesystem::path& folder) const {
        UserLayer layer;
        layer.where = where(node);
        std::string from, to;
        for (const auto& [k, v] : table(node, "boundaries")) {
            const std::string key(k.str());
            if (key == "file") layer.path = folder / text(v, key);
            else if (key == "layer") layer.layer = text(v, key);
            else if (key == "title") layer.title = text(v, key);
            else if (key == "id_field") layer.id_field = text(v, key);
            else if (key == "name_field") layer.name_field = text(v, key);
            else if (key == "valid_from") from = text(v, key);
            else if (key == "valid_to") to = text(v, key);
            else if (key == "kind") {
                const std::string kind = text(v, key);
                if (const auto known = feature_kind_names.parse(kind)) layer.kind = *known;
                else fail(v, "kind '" + kind + "' is not known", "Use admin1, country, river or place.");
            } else {
                fail(v, "unknown key '" + key + "' in [[boundaries]]",
                     "Known: file, layer, title, kind, id_field, name_field, valid_from, valid_to.");
            }
        }
        if (layer.path.empty()) fail(node, "[[boundaries]] has no file", "Add file = \"provinces-1961.gpkg\" (any file GDAL reads).");
        try {
            layer.valid = Validity::parse(from, to);
        } catch (const std::invalid_argument& e) {
            fail(node, std::string("[[boundaries]] has bad years: ") + e.what(), "Write valid_from = \"1955\", valid_to = \"1969\".");
        }
        return layer;
    }

private:
    std::string file_;
};

std::string toml_text(const toml::node* node) {
    if (!node) return {};
    std::ostringstream out;
    node->visit([&](const auto& n) { out << n; });
    return out.str();
}

bool is_safe_id(const std::string& id) {
    if (id.empty() || id.size() > 100) return false;
    for (unsigned char c : id) {
        if (!(std::islower(c) || std::isdigit(c) || c == '-' || c == '_')) return false;
    }
    return true;
}

std::string known_indicators(const Atlas& atlas) {
    std::string known;
    for (const auto& [id, _] : atlas.indicators) known += (known.empty() ? "" : ", ") + id;
    return known;
}

// One MapSpec per value of the map's series, each a figure of its own; `title_given`: the map's
// title is the atlas's (members add their label to it), not the default.
void expand_series(const MapSpec& map, bool title_given, Atlas& atlas, std::set<std::string>& ids) {
    const SeriesSpec& series = *map.series_spec;
    std::string unit;
    for (const SeriesSpec::Value& value : series.values) {
        MapSpec member = map;
        member.series_spec.reset();
        member.series = map.id;
        member.class_group = map.shared_classes ? map.id : "";
        member.where = value.where;
        member.id = map.id + "-" + slug(value.text);
        std::string label = value.text;
        switch (series.key) {
            case SeriesSpec::Key::period:
                member.period = Period::parse(value.text);  // checked when read
                label = member.period.human();
                break;
            case SeriesSpec::Key::indicator: {
                const auto indicator = atlas.indicators.find(value.text);
                if (indicator == atlas.indicators.end()) {
                    throw DataError(value.where, "the series of '" + map.id + "' names the indicator '" + value.text + "', which [indicators] does not declare",
                                    "Declare it under [indicators] or use one of: " + known_indicators(atlas) + ".");
                }
                if (map.shared_classes && &value != &series.values.front() && indicator->second.unit != unit) {
                    throw DataError(value.where, "the series '" + map.id + "' shares classes between indicators that count different things ('" + unit +
                                                     "', '" + indicator->second.unit + "')",
                                    "Shared classes need one unit: set shared_classes = false, or make separate series.");
                }
                unit = indicator->second.unit;
                member.indicator = value.text;
                label = indicator->second.label;
                break;
            }
            case SeriesSpec::Key::region: member.only_regions = {value.text}; break;
        }
        const bool default_title = !title_given && series.key != SeriesSpec::Key::region;
        member.title = default_title ? atlas.indicators.at(member.indicator).label + ", " + member.period.human() : map.title + ": " + label;
        if (!ids.insert(member.id).second) {
            throw DataError(value.where, "the series member id '" + member.id + "' is used twice",
                            "Give each map its own id; series values whose letters and digits are alike make the same id.");
        }
        atlas.maps.push_back(std::move(member));
    }
}

}  // namespace

Atlas load_atlas(const std::filesystem::path& path, const StyleChoice& choice) {
    Atlas atlas;
    atlas.file = atlas_file(path);
    atlas.folder = atlas.file.parent_path();
    if (atlas.folder.empty()) atlas.folder = ".";
    const std::string file = atlas.file.string();
    if (!std::filesystem::exists(atlas.file)) {
        throw DataError(file, "does not exist", "Give an atlas file, or a folder holding atlas.toml.");
    }

    const toml::table document = read_toml_file(atlas.file);
    const Reader reader(file);

    MapSpec defaults;
    defaults.projection = default_projection;
    std::string atlas_style = "publication", atlas_style_where = file;
    const toml::table* style_settings = nullptr;
    std::vector<const toml::table*> map_tables;
    for (const auto& [key_node, value] : document) {
        const std::string key(key_node.str());
        if (key == "atlas") {
            for (const auto& [k, v] : reader.table(value, key)) {
                if (k == "title") atlas.title = reader.text(v, "title");
                else if (k == "credits") defaults.credits = reader.text(v, "credits");
                else if (k == "figures") atlas.figures = reader.table_ref(v, "figures", atlas.folder);
                else if (k == "sources") atlas.sources = reader.table_ref(v, "sources", atlas.folder);
                else if (k == "geodata") atlas.geodata = atlas.folder / reader.text(v, "geodata");
                else if (k == "gazetteer") atlas.gazetteer = reader.table_ref(v, "gazetteer", atlas.folder);
                else if (k == "style") {
                    atlas_style = reader.text(v, "style");
                    atlas_style_where = reader.where(v);
                }
                else if (k == "geojson_precision") {
                    const double digits = reader.number(v, "geojson_precision");
                    if (digits < 1 || digits > 15 || digits != static_cast<int>(digits)) {
                        reader.fail(v, "geojson_precision must be a whole number from 1 to 15", "6 decimals are about 0.1 m.");
                    }
                    atlas.geojson_precision = static_cast<int>(digits);
                } else reader.fail(v, "unknown key '" + std::string(k.str()) + "' in [atlas]", "Known: title, credits, figures, sources, geodata, gazetteer, style, geojson_precision.");
            }
        } else if (key == "indicators") {
            for (const auto& [id, definition] : reader.table(value, key)) {
                Indicator indicator{std::string(id.str()), {}, {}};
                for (const auto& [k, v] : reader.table(definition, "indicators." + indicator.id)) {
                    if (k == "label") indicator.label = reader.text(v, "label");
                    else if (k == "unit") indicator.unit = reader.text(v, "unit");
                    else reader.fail(v, "unknown key '" + std::string(k.str()) + "' in an indicator", "Known: label, unit.");
                }
                if (indicator.label.empty()) indicator.label = indicator.id;
                atlas.indicators.emplace(indicator.id, indicator);
            }
        } else if (key == "defaults") {
            reader.apply(defaults, reader.table(value, key));
        } else if (key == "relation") {
            const toml::array* relations = value.as_array();
            if (!relations) reader.fail(value, "'relation' must be a list of tables", "Write each relation as [[relation]].");
            for (const auto& r : *relations) {
                Relation relation;
                relation.where = reader.where(r);
                for (const auto& [k, v] : reader.table(r, "relation")) {
                    if (k == "whole") relation.whole = reader.text(v, "whole");
                    else if (k == "parts") relation.parts = reader.texts(v, "parts");
                    else if (k == "kind") {
                        const std::string kind = reader.text(v, "kind");
                        if (const auto known = relation_kind_names.parse(kind)) relation.kind = *known;
                        else reader.fail(v, "relation kind '" + kind + "' is not known", "Use \"sum\" or \"at_most\".");
                    } else if (k == "tolerance") {
                        relation.tolerance = reader.number(v, "tolerance");
                        if (relation.tolerance < 0 || relation.tolerance >= 1) reader.fail(v, "tolerance must be from 0 to 1", "0.01 is 1%.");
                    } else reader.fail(v, "unknown key '" + std::string(k.str()) + "' in a relation", "Known: whole, parts, kind, tolerance.");
                }
                if (relation.whole.empty() || relation.parts.empty()) {
                    reader.fail(r, "a relation needs a whole and its parts", "Write whole = \"bodies_found\" and parts = [\"...\", \"...\"].");
                }
                atlas.relations.push_back(std::move(relation));
            }
        } else if (key == "style") {
            style_settings = &reader.table(value, key);  // single style settings for every map, applied below
        } else if (key == "boundaries") {
            const toml::array* layers = value.as_array();
            if (!layers) reader.fail(value, "'boundaries' must be a list of tables", "Write each layer as [[boundaries]].");
            for (const auto& layer : *layers) atlas.boundaries.push_back(reader.boundary_layer(layer, atlas.folder));
        } else if (key == "map") {
            const toml::array* maps = value.as_array();
            if (!maps) reader.fail(value, "'map' must be a list of tables", "Write each map as [[map]].");
            for (const auto& m : *maps) map_tables.push_back(&reader.table(m, "map"));
        } else {
            reader.fail(value, "unknown section '" + key + "'", "Known: [atlas], [indicators], [defaults], [style], [[map]], [[relation]], [[boundaries]].");
        }
    }

    const toml::node& root = document;
    if (atlas.figures.path.empty()) reader.fail(root, "[atlas] names no figures table", "Add figures = \"figures.csv\" under [atlas].");
    if (atlas.sources.path.empty()) reader.fail(root, "[atlas] names no sources table", "Add sources = \"sources.csv\" under [atlas].");
    if (atlas.geodata.empty()) atlas.geodata = bundled_path("geodata");
    if (map_tables.empty()) reader.fail(root, "declares no maps", "Add at least one [[map]] with an id, indicator and period.");
    if (defaults.series_spec) throw DataError(defaults.series_spec->where, "a series cannot be a default", "Move series = { ... } into the [[map]] it expands.");

    for (const Relation& relation : atlas.relations) {
        std::vector<std::string> named{relation.whole};
        named.insert(named.end(), relation.parts.begin(), relation.parts.end());
        for (const auto& indicator : named) {
            if (!atlas.indicators.count(indicator)) {
                throw DataError(relation.where, "the relation names the indicator '" + indicator + "', which [indicators] does not declare",
                                "Declare it, or correct the name.");
            }
        }
    }

    atlas.settings_digest = Sha256().add("atlas", toml_text(document.get("atlas"))).add("indicators", toml_text(document.get("indicators"))).hex();
    std::set<std::string> ids;
    for (const toml::table* table : map_tables) {
        MapSpec map = defaults;
        map.where = reader.where(*table);
        reader.apply(map, *table);
        map.settings_digest = Sha256()
                                  .add("atlas", toml_text(document.get("atlas")))
                                  .add("defaults", toml_text(document.get("defaults")))
                                  .add("map", toml_text(table))
                                  .hex();
        auto line_of = [&](const char* key) { return table->contains(key) ? reader.where(*table->get(key)) : map.where; };
        if (!is_safe_id(map.id)) {
            throw DataError(line_of("id"), "the map id '" + map.id + "' cannot name an output file",
                            "Use lower-case letters, digits, '-' and '_' only, e.g. id = \"crossings-1961\".");
        }
        if (!ids.insert(map.id).second) throw DataError(line_of("id"), "the map id '" + map.id + "' is used twice", "Give each map its own id.");
        const SeriesSpec* series = map.series_spec ? &*map.series_spec : nullptr;
        if (series && !map.panels.empty()) {
            throw DataError(series->where, "the map '" + map.id + "' has both panels and a series",
                            "Panels share one page, a series makes a page per value: choose one, or make two maps.");
        }
        if (table->contains("shared_classes") && !series) {
            throw DataError(line_of("shared_classes"), "shared_classes is for a series, and the map '" + map.id + "' has none",
                            "Add series = { period = [...] } (or indicator, region), or remove it: small multiples always share classes.");
        }
        if (!map.panels.empty() && map.indicator.empty()) map.indicator = map.panels.front().indicator;
        if (series && series->key == SeriesSpec::Key::indicator && map.indicator.empty()) map.indicator = series->values.front().text;
        if (map.indicator.empty()) throw DataError(map.where, "the map '" + map.id + "' has no indicator", "Add indicator = \"...\".");
        if (!atlas.indicators.count(map.indicator)) {
            throw DataError(line_of("indicator"), "the map '" + map.id + "' uses the indicator '" + map.indicator + "', which [indicators] does not declare",
                            "Declare it under [indicators] or use one of: " + known_indicators(atlas) + ".");
        }
        const bool period_series = series && series->key == SeriesSpec::Key::period;
        if (!period_series && !table->contains("period") && !(document.contains("defaults") && document["defaults"].as_table()->contains("period"))) {
            throw DataError(map.where, "the map '" + map.id + "' has no period", "Add period = \"1961\" (or an interval).");
        }
        if (map.method == ClassMethod::manual && map.breaks.empty()) {
            throw DataError(map.where, "method = \"manual\" needs breaks", "Add breaks = [1000, 5000, 10000].");
        }
        const PaletteInfo scheme = palette_info(map.palette);
        if (map.method == ClassMethod::unclassed && scheme.kind == PaletteKind::qualitative) {
            throw DataError(line_of("palette"), "the map '" + map.id + "' is unclassed, but the palette '" + map.palette +
                                                    "' is qualitative: its colours have no order to make a ramp of",
                            "Use a sequential palette (YlOrRd, Blues, viridis ...) or a diverging one (RdBu ...).");
        }
        if (map.method != ClassMethod::unclassed && map.classes > scheme.max_classes) {
            throw DataError(line_of("classes"), "the palette '" + map.palette + "' has colours for at most " +
                                                    std::to_string(scheme.max_classes) + " classes, but the map '" + map.id + "' asks for " +
                                                    std::to_string(map.classes),
                            "Ask for fewer classes, or use a palette with more colours.");
        }
        const Normalization& n = map.normalization;
        if (n.kind == Normalization::Kind::per_population && n.population.empty()) {
            throw DataError(map.where, "the map '" + map.id + "' is normalized per population but names no population indicator",
                            "Add population = \"population\" (an indicator with each region's population figures).");
        }
        if (!n.population.empty() && !atlas.indicators.count(n.population)) {
            throw DataError(line_of("population"), "the map '" + map.id + "' takes its population from '" + n.population +
                                                       "', which [indicators] does not declare",
                            "Declare it under [indicators], with its figures in the figures table.");
        }
        // The look: the command line's style, else the map's, else the atlas's; then [style], then --set.
        const std::string style_where = !choice.style.empty() ? "--style" : table->contains("style") ? line_of("style") : atlas_style_where;
        map.style_name = !choice.style.empty() ? choice.style : !map.style_name.empty() ? map.style_name : atlas_style;
        map.style = find_style(map.style_name, atlas.folder, style_where);
        if (style_settings) apply_style_table(map.style, *style_settings, file);
        apply_style_settings(map.style, choice.settings, "--set");
        const bool title_given = !map.title.empty();
        if (map.title.empty()) map.title = atlas.indicators.at(map.indicator).label + ", " + map.period.human();
        if (series) {
            expand_series(map, title_given, atlas, ids);
            continue;
        }
        if (map.panels.empty()) {
            atlas.maps.push_back(std::move(map));
            continue;
        }
        // Small multiples: one spec per panel, drawn together.
        std::string unit;
        for (const PanelSpec& panel : map.panels) {
            const auto indicator = atlas.indicators.find(panel.indicator);
            if (indicator == atlas.indicators.end()) {
                throw DataError(panel.where, "the panel's indicator '" + panel.indicator + "' is not declared under [indicators]", "Declare it, or correct the name.");
            }
            if (&panel != &map.panels.front() && indicator->second.unit != unit) {
                throw DataError(panel.where, "the panels of '" + map.id + "' count different things ('" + unit + "', '" + indicator->second.unit + "')",
                                "Panels share one classification, so they need one unit: make separate maps instead.");
            }
            unit = indicator->second.unit;
            MapSpec spec = map;
            spec.panels.clear();
            spec.multiple = map.id;
            spec.class_group = map.id;  // panels are always classed together
            spec.multiple_title = map.title;
            spec.multiple_subtitle = map.subtitle;
            spec.indicator = panel.indicator;
            if (panel.period) spec.period = *panel.period;
            spec.panel_title = panel.title.empty() ? indicator->second.label : panel.title;
            spec.title = map.title + ": " + spec.panel_title;
            spec.id = map.id + "-" + slug(panel.indicator);
            spec.where = panel.where;
            if (!ids.insert(spec.id).second) throw DataError(panel.where, "the panel id '" + spec.id + "' is used twice", "Give each panel its own indicator.");
            atlas.maps.push_back(std::move(spec));
        }
    }
    return atlas;
}

}  // namespace bordermap
