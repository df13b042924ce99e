#include "bordermap/model/atlas.hpp"

#include <set>
#include <stdexcept>
#include <toml++/toml.h>

#include "bordermap/core/bundled.hpp"
#include "bordermap/core/digest.hpp"
#include "bordermap/core/error.hpp"
#include "bordermap/core/text.hpp"
#include "bordermap/geo/projection.hpp"
#include "bordermap/model/inputs.hpp"
#include "bordermap/model/map_checks.hpp"
#include "core/toml_file.hpp"
#include "model/style_toml.hpp"
#include "model/toml_reader.hpp"

namespace bordermap {
namespace {

using Value = const TomlValue&;

// What atlas.toml declares, section by section, before its maps are checked and expanded.
struct Declared {
    Atlas atlas;
    MapSpec defaults;                             // the built-in values with [defaults] over them
    std::string style = "publication", style_where;  // [atlas] style
    const toml::table* style_settings = nullptr;  // [style], applied to every map's style
    std::vector<const toml::table*> maps;         // each [[map]] as written
};

// ---------------------------------------------------------------- [[map]] and [defaults]

Box read_extent(Value value) {
    const auto e = value.numbers();
    if (e.size() != 4 || e[0] >= e[2] || e[1] >= e[3] || e[1] < -90 || e[3] > 90 || e[0] < -180 || e[2] > 180) {
        value.fail("extent must be [west, south, east, north] in degrees", "Write e.g. extent = [118, 38, 135, 54].");
    }
    return Box{e[0], e[1], e[2], e[3]};
}

std::vector<MapFormat> read_formats(Value value) {
    const std::string fix = "Use any of " + map_format_names.quoted_list(", ") + ".";
    std::vector<MapFormat> formats;
    for (const TomlValue& item : value.items("strings", "Write e.g. formats = [\"pdf\", \"png\"].")) {
        formats.push_back(item.named("format").one_of(map_format_names, fix));
    }
    return formats;
}

std::vector<std::string> read_name_systems(Value value) {
    auto systems = value.texts();
    if (systems.empty()) value.fail("name_systems is empty", "Write e.g. name_systems = [\"pinyin\", \"postal\"].");
    return systems;
}

const KeyTable<PanelSpec>& panel_keys() {
    static const KeyTable<PanelSpec> keys({"key", "a panel"}, {
                                                                  {"id", [](PanelSpec& p, Value v) { p.id = v.text(); }},
                                                                  {"indicator", [](PanelSpec& p, Value v) { p.indicator = v.text(); }},
                                                                  {"title", [](PanelSpec& p, Value v) { p.title = v.text(); }},
                                                                  {"period", [](PanelSpec& p, Value v) { p.period = v.period(); }},
                                                              });
    return keys;
}

std::vector<PanelSpec> read_panels(Value value) {
    const std::string fix = "Write panels = [{ indicator = \"a\" }, { indicator = \"b\" }].";
    const std::vector<TomlValue> tables = value.tables(fix);
    if (tables.empty()) value.fail("'panels' is empty", fix);
    std::vector<PanelSpec> panels;
    for (const TomlValue& table : tables) {
        PanelSpec panel;
        panel.where = table.where();
        panel_keys().apply(panel, table);
        if (panel.indicator.empty()) table.fail("a panel has no indicator", "Add indicator = \"...\" to it.");
        if (!panel.id.empty() && !is_safe_id(panel.id)) {
            table.fail("the panel id '" + panel.id + "' cannot name an output file", "Use lower-case letters, digits, '-' and '_' only, e.g. id = \"may-8\".");
        }
        panels.push_back(std::move(panel));
    }
    return panels;
}

// series = { period = ["1960", "1961"] }: exactly one key, a non-empty list of strings.
SeriesSpec read_series(Value value) {
    if (!value.node().is_table()) value.fail("'series' must be a table", "Write e.g. series = { period = [\"1960\", \"1961\"] }.");
    const std::vector<TomlValue> keys = value.entries();
    if (keys.size() != 1) {
        value.fail("'series' must have exactly one key", "A series varies one thing: write one of " + series_key_names.quoted_list() + ".");
    }
    const TomlValue& list = keys.front();
    SeriesSpec spec;
    spec.where = value.where();
    if (const auto known = series_key_names.parse(list.key())) spec.key = *known;
    else list.fail("unknown key '" + list.key() + "' in 'series'", "Known: " + series_key_names.quoted_list() + " (one of them).");
    const TomlValue values = list.named("series." + list.key());
    const std::vector<TomlValue> items = values.items("strings", "Write e.g. " + list.key() + " = [\"a\", \"b\"].");
    if (items.empty()) values.fail("'" + values.key() + "' is empty", "List at least one value; a series makes one map of each.");
    for (const TomlValue& item : items) {
        if (spec.key == SeriesSpec::Key::period) (void)item.period("Write e.g. period = [\"1960\", \"1961\", \"1961-01/1962-03\"].");
        spec.values.push_back({item.text(), item.where()});
    }
    return spec;
}

// The settings of a [[map]] (and of [defaults]), in the order messages list them.
const KeyTable<MapSpec>& map_keys() {
    static const KeyTable<MapSpec> keys(
        {"map setting"},
        {
            {"id", [](MapSpec& m, Value v) { m.id = v.text(); }},
            {"title", [](MapSpec& m, Value v) { m.title = v.text(); }},
            {"subtitle", [](MapSpec& m, Value v) { m.subtitle = v.text(); }},
            {"credits", [](MapSpec& m, Value v) { m.credits = v.text(); }},
            {"indicator", [](MapSpec& m, Value v) { m.indicator = v.text(); }},
            {"period", [](MapSpec& m, Value v) { m.period = v.period(); }},
            {"period_rule", [](MapSpec& m, Value v) { m.rule = v.one_of(period_rule_names); }},
            {"method", [](MapSpec& m, Value v) { m.method = v.one_of(class_method_names); }},
            {"classes", [](MapSpec& m, Value v) { m.classes = v.whole_number(1, 9, "Write e.g. classes = 5."); }},
            {"breaks", [](MapSpec& m, Value v) { m.breaks = v.numbers(); }},
            {"palette", [](MapSpec& m, Value v) { m.palette = v.text(); }},  // checked with the map's classes
            {"projection", [](MapSpec& m, Value v) { m.projection = v.text(); }},
            {"extent", [](MapSpec& m, Value v) { m.extent = read_extent(v); }},
            {"regions", [](MapSpec& m, Value v) { m.regions = v.texts(); }},
            {"places", [](MapSpec& m, Value v) { m.places = v.texts(); }},
            {"footnotes",
             [](MapSpec& m, Value v) {
                 if (v.node().is_boolean()) m.footnotes_all = v.flag();
                 else m.footnote_regions = v.texts();
             }},
            {"width_mm", [](MapSpec& m, Value v) { m.width_mm = v.number_in(0, 2000, true); }},
            {"height_mm", [](MapSpec& m, Value v) { m.height_mm = v.number_in(0, 2000, true); }},
            {"dpi", [](MapSpec& m, Value v) { m.dpi = v.number_in(0, 2400, true); }},
            {"formats", [](MapSpec& m, Value v) { m.formats = read_formats(v); }},
            {"circle_reference",
             [](MapSpec& m, Value v) {
                 m.circle_reference = v.positive_number("Write e.g. circle_reference = 1000: a circle of 1,000 has the style's largest radius.");
             }},
            {"legend_position", [](MapSpec& m, Value v) { m.legend_position = v.one_of(legend_position_names); }},
            {"names",
             [](MapSpec& m, Value v) {
                 m.naming.policy = v.one_of(naming_policy_names,
                                            "Use " + naming_policy_names.quoted_list() + ": the names in use in the map's period, or today's.");
             }},
            {"name_systems", [](MapSpec& m, Value v) { m.naming.systems = read_name_systems(v); }},
            {"normalize", [](MapSpec& m, Value v) { m.normalization.kind = v.one_of(normalization_names); }},
            {"population", [](MapSpec& m, Value v) { m.normalization.population = v.text(); }},
            {"per", [](MapSpec& m, Value v) { m.normalization.per = v.positive_number("Write e.g. per = 1000 (a rate per 1,000 people)."); }},
            {"prefer_source",
             [](MapSpec& m, Value v) { m.prefer_source = v.node().is_string() ? std::vector<std::string>{v.text()} : v.texts(); }},
            {"style", [](MapSpec& m, Value v) { m.style_name = v.text(); }},
            {"panels", [](MapSpec& m, Value v) { m.panels = read_panels(v); }},
            {"series", [](MapSpec& m, Value v) { m.series_spec = read_series(v); }},
            {"shared_classes", [](MapSpec& m, Value v) { m.shared_classes = v.flag(); }},
        });
    return keys;
}

// ---------------------------------------------------------------- the other sections

const KeyTable<Declared>& atlas_keys() {
    static const KeyTable<Declared> keys(
        {"key", "[atlas]"},
        {
            {"title", [](Declared& d, Value v) { d.atlas.title = v.text(); }},
            {"credits", [](Declared& d, Value v) { d.defaults.credits = v.text(); }},
            {"figures", [](Declared& d, Value v) { d.atlas.figures = v.table_ref(d.atlas.folder); }},
            {"sources", [](Declared& d, Value v) { d.atlas.sources = v.table_ref(d.atlas.folder); }},
            {"geodata", [](Declared& d, Value v) { d.atlas.geodata = d.atlas.folder / v.text(); }},
            {"gazetteer", [](Declared& d, Value v) { d.atlas.gazetteer = v.table_ref(d.atlas.folder); }},
            {"style",
             [](Declared& d, Value v) {
                 d.style = v.text();
                 d.style_where = v.where();
             }},
            {"geojson_precision", [](Declared& d, Value v) { d.atlas.geojson_precision = v.whole_number(1, 15, "6 decimals are about 0.1 m."); }},
        });
    return keys;
}

void read_indicators(Declared& declared, Value section) {
    static const KeyTable<Indicator> keys({"key", "an indicator"}, {
                                                                       {"label", [](Indicator& i, Value v) { i.label = v.text(); }},
                                                                       {"unit", [](Indicator& i, Value v) { i.unit = v.text(); }},
                                                                   });
    for (const TomlValue& definition : section.entries()) {
        Indicator indicator{definition.key(), {}, {}};
        keys.apply(indicator, definition.named("indicators." + indicator.id));
        if (indicator.label.empty()) indicator.label = indicator.id;
        declared.atlas.indicators.emplace(indicator.id, indicator);
    }
}

void read_relations(Declared& declared, Value section) {
    static const KeyTable<Relation> keys(
        {"key", "a relation"},
        {
            {"whole", [](Relation& r, Value v) { r.whole = v.text(); }},
            {"parts", [](Relation& r, Value v) { r.parts = v.texts(); }},
            {"whole_region", [](Relation& r, Value v) { r.whole_region = v.text(); }},
            {"part_regions", [](Relation& r, Value v) { r.part_regions = v.texts(); }},
            {"indicators", [](Relation& r, Value v) { r.indicators = v.texts(); }},
            {"kind", [](Relation& r, Value v) { r.kind = v.named("relation kind").one_of(relation_kind_names); }},
            {"tolerance",
             [](Relation& r, Value v) {
                 r.tolerance = v.number();
                 if (r.tolerance < 0 || r.tolerance >= 1) v.fail("tolerance must be from 0 to 1", "0.01 is 1%.");
             }},
        });
    for (const TomlValue& table : section.tables("Write each relation as [[relation]].")) {
        Relation relation;
        relation.where = table.where();
        keys.apply(relation, table);
        if (relation.between_regions()) {
            if (!relation.whole.empty() || !relation.parts.empty()) {
                table.fail("a relation is either between indicators (whole, parts) or between regions (whole_region, part_regions), not both",
                           "Declare two relations.");
            }
        } else if (relation.whole.empty() || relation.parts.empty()) {
            table.fail("a relation needs a whole and its parts",
                       "Write whole = \"bodies_found\" and parts = [\"...\", \"...\"], or whole_region = \"...\" and part_regions = [\"...\", \"...\"].");
        }
        declared.atlas.relations.push_back(std::move(relation));
    }
}

void read_groups(Declared& declared, Value section) {
    static const KeyTable<GroupDeclaration> keys(
        {"key", "a group"},
        {
            {"id", [](GroupDeclaration& g, Value v) { g.id = v.text(); }},
            {"name", [](GroupDeclaration& g, Value v) { g.name_en = v.text(); }},
            {"name_zh", [](GroupDeclaration& g, Value v) { g.name_zh = v.text(); }},
            {"name_ko", [](GroupDeclaration& g, Value v) { g.name_ko = v.text(); }},
            {"names", [](GroupDeclaration& g, Value v) { g.names = v.texts(); }},
            {"members", [](GroupDeclaration& g, Value v) { g.members = v.texts(); }},
        });
    for (const TomlValue& table : section.tables("Write each group as [[group]].")) {
        GroupDeclaration group;
        group.where = table.where();
        keys.apply(group, table);
        if (group.id.empty() || group.name_en.empty() || group.members.size() < 2) {
            table.fail("a group needs an id, a name and at least two members",
                       "Write id = \"liaoning-jilin\", name = \"Liaoning and Jilin\", members = [\"Liaoning\", \"Jilin\"].");
        }
        declared.atlas.groups.push_back(std::move(group));
    }
}

// A [[boundaries]] layer while it is read: its years come as two keys.
struct BoundaryDraft {
    std::filesystem::path folder;
    UserLayer layer;
    std::string from, to;
};

UserLayer read_boundary(Value table, const std::filesystem::path& folder) {
    static const KeyTable<BoundaryDraft> keys(
        {"key", "[[boundaries]]"},
        {
            {"file", [](BoundaryDraft& b, Value v) { b.layer.path = b.folder / v.text(); }},
            {"layer", [](BoundaryDraft& b, Value v) { b.layer.layer = v.text(); }},
            {"title", [](BoundaryDraft& b, Value v) { b.layer.title = v.text(); }},
            {"kind", [](BoundaryDraft& b, Value v) { b.layer.kind = v.one_of(feature_kind_names); }},
            {"id_field", [](BoundaryDraft& b, Value v) { b.layer.id_field = v.text(); }},
            {"name_field", [](BoundaryDraft& b, Value v) { b.layer.name_field = v.text(); }},
            {"valid_from", [](BoundaryDraft& b, Value v) { b.from = v.text(); }},
            {"valid_to", [](BoundaryDraft& b, Value v) { b.to = v.text(); }},
        });
    BoundaryDraft draft{folder, {}, {}, {}};
    draft.layer.where = table.where();
    keys.apply(draft, table);
    if (draft.layer.path.empty()) table.fail("[[boundaries]] has no file", "Add file = \"provinces-1961.gpkg\" (any file GDAL reads).");
    try {
        draft.layer.valid = Validity::parse(draft.from, draft.to);
    } catch (const std::invalid_argument& e) {
        table.fail(std::string("[[boundaries]] has bad years: ") + e.what(), "Write valid_from = \"1955\", valid_to = \"1969\".");
    }
    return draft.layer;
}

const KeyTable<Declared>& section_keys() {
    static const KeyTable<Declared> keys(
        {"section", "", "Known: [atlas], [indicators], [defaults], [style], [[map]], [[relation]], [[group]], [[boundaries]]."},
        {
            {"atlas", [](Declared& d, Value v) { atlas_keys().apply(d, v); }},
            {"indicators", read_indicators},
            {"defaults", [](Declared& d, Value v) { map_keys().apply(d.defaults, v); }},
            {"relation", read_relations},
            {"group", read_groups},
            {"style", [](Declared& d, Value v) { d.style_settings = &v.table(); }},
            {"boundaries",
             [](Declared& d, Value v) {
                 for (const TomlValue& layer : v.tables("Write each layer as [[boundaries]].")) {
                     d.atlas.boundaries.push_back(read_boundary(layer, d.atlas.folder));
                 }
             }},
            {"map",
             [](Declared& d, Value v) {
                 for (const TomlValue& map : v.tables("Write each map as [[map]].")) d.maps.push_back(&map.table());
             }},
        });
    return keys;
}

// ---------------------------------------------------------------- the steps of load_atlas

Declared read_sections(const toml::table& document, const std::filesystem::path& file) {
    Declared declared;
    declared.atlas.file = file;
    declared.atlas.folder = file.parent_path();
    if (declared.atlas.folder.empty()) declared.atlas.folder = ".";
    declared.style_where = file.string();
    const TomlValue root(document, "", file.string());
    section_keys().apply(declared, root);

    if (declared.atlas.figures.path.empty()) root.fail("[atlas] names no figures table", "Add figures = \"figures.csv\" under [atlas].");
    if (declared.atlas.sources.path.empty()) root.fail("[atlas] names no sources table", "Add sources = \"sources.csv\" under [atlas].");
    if (declared.atlas.geodata.empty()) declared.atlas.geodata = bundled_path("geodata");
    if (declared.maps.empty()) root.fail("declares no maps", "Add at least one [[map]] with an id, indicator and period.");
    if (const auto& series = declared.defaults.series_spec) {
        throw DataError(series->where, "a series cannot be a default", "Move series = { ... } into the [[map]] it expands.");
    }
    return declared;
}

void check_relations(const Atlas& atlas) {
    for (const Relation& relation : atlas.relations) {
        std::vector<std::string> named = relation.indicators;
        if (!relation.between_regions()) named.push_back(relation.whole);
        named.insert(named.end(), relation.parts.begin(), relation.parts.end());
        for (const auto& indicator : named) {
            if (!atlas.indicators.count(indicator)) {
                throw DataError(relation.where, "the relation names the indicator '" + indicator + "', which [indicators] does not declare",
                                "Declare it, or correct the name.");
            }
        }
    }
}

// A series or panels, not both; shared classes only for a series.
void check_series_and_panels(const MapSpec& map, const toml::table& table, const MapOrigin& origin) {
    if (map.series_spec && !map.panels.empty()) {
        throw DataError(map.series_spec->where, "the map '" + map.id + "' has both panels and a series",
                        "Panels share one page, a series makes a page per value: choose one, or make two maps.");
    }
    if (table.contains("shared_classes") && !map.series_spec) {
        throw DataError(origin.where_of("shared_classes"), "shared_classes is for a series, and the map '" + map.id + "' has none",
                        "Add series = { period = [...] } (or indicator, region), or remove it: small multiples always share classes.");
    }
    // Panels share one footer, and their labels would each number their notes from 1.
    if (!map.panels.empty() && (map.footnotes_all || !map.footnote_regions.empty())) {
        throw DataError(origin.where_of("footnotes"), "footnotes are not yet drawn on a page of panels (map '" + map.id + "')",
                        "Put the notes in the map's subtitle, or draw the panels as a series of maps.");
    }
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

// Small multiples: one spec per panel, drawn together.
void expand_panels(const MapSpec& map, Atlas& atlas, std::set<std::string>& ids) {
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
        spec.multiple_period = map.period;
        spec.indicator = panel.indicator;
        if (panel.period) spec.period = *panel.period;
        spec.panel_title = panel.title.empty() ? indicator->second.label : panel.title;
        spec.title = map.title + ": " + spec.panel_title;
        spec.id = map.id + "-" + (panel.id.empty() ? slug(panel.indicator) : panel.id);
        spec.where = panel.where;
        if (!ids.insert(spec.id).second) {
            throw DataError(panel.where, "the panel id '" + spec.id + "' is used twice",
                            "Give each panel its own id (id = \"...\"), as panels of one indicator over several periods need.");
        }
        atlas.maps.push_back(std::move(spec));
    }
}

// What every [[map]] of the atlas is read with.
struct MapReading {
    const toml::table& document;
    Declared& declared;
    LookChoice look;
    std::set<std::string> ids;  // of the maps so far
};

// A [[map]]: read over [defaults], checked and completed, then expanded into its series or panels.
void add_map(const toml::table& table, MapReading& reading) {
    Declared& declared = reading.declared;
    const std::string file = declared.atlas.file.string();
    const TomlValue written(table, "map", file);
    MapSpec map = declared.defaults;
    map.where = written.where();
    map_keys().apply(map, written);
    map.settings_digest = Sha256()
                              .add("atlas", toml_text(reading.document.get("atlas")))
                              .add("defaults", toml_text(reading.document.get("defaults")))
                              .add("map", toml_text(&table))
                              .hex();
    // A setting's line: the map's own, else [defaults]'.
    const toml::table* defaults = reading.document["defaults"].as_table();
    const MapOrigin origin{[&table, defaults, &file](std::string_view key) {
        const toml::node* node = table.get(key);
        if (!node && defaults) node = defaults->get(key);
        return node ? TomlValue(*node, std::string(key), file).where() : std::string();
    }};
    check_series_and_panels(map, table, origin);
    const bool title_given = !map.title.empty();
    complete_map(map, declared.atlas, origin, reading.look);
    if (!reading.ids.insert(map.id).second) {
        const std::string where = origin.where_of("id");
        throw DataError(where.empty() ? map.where : where, "the map id '" + map.id + "' is used twice", "Give each map its own id.");
    }
    if (map.series_spec) expand_series(map, title_given, declared.atlas, reading.ids);
    else if (!map.panels.empty()) expand_panels(map, declared.atlas, reading.ids);
    else declared.atlas.maps.push_back(std::move(map));
}

}  // namespace

Atlas load_atlas(const std::filesystem::path& path, const StyleChoice& choice) {
    const std::filesystem::path file = atlas_file(path);
    if (!std::filesystem::exists(file)) throw DataError(file.string(), "does not exist", "Give an atlas file, or a folder holding atlas.toml.");
    const toml::table document = read_toml_file(file);

    Declared declared = read_sections(document, file);
    check_relations(declared.atlas);
    declared.atlas.settings_digest =
        Sha256().add("atlas", toml_text(document.get("atlas"))).add("indicators", toml_text(document.get("indicators"))).hex();

    LookChoice look{choice, declared.style, declared.style_where, {}};
    if (const toml::table* settings = declared.style_settings) {
        look.atlas_settings = [settings, name = file.string()](Style& style) { apply_style_table(style, *settings, name); };
    }
    MapReading reading{document, declared, std::move(look), {}};
    for (const toml::table* table : declared.maps) add_map(*table, reading);
    return std::move(declared.atlas);
}

}  // namespace bordermap
