#!/usr/bin/python3
"""Generates the benchmark atlases into a folder outside the repository.

    bench/make_world_atlas.py OUT [--maps 200]

OUT/world-geodata/   every first-level unit of Natural Earth (Debian's world_map.gpkg, 4,556
                     units) as a bordermap geodata folder, with the countries, empty rivers and
                     places, a gazetteer of the units' other names and about.toml
OUT/world/           an atlas of one map per country (the --maps countries with most units),
                     each showing a made-up, seeded indicator over that country's units only
OUT/example-series/  the bundled example's figures with its maps repeated into --maps maps,
                     varied in palette, classes, method and style

Every value in OUT/world is synthetic and its sources table says so. The output depends only on
world_map.gpkg and the example: running it twice writes the same bytes.
"""

import argparse
import csv
import hashlib
import json
import os
import re
import shutil
import sys
import tomllib
import unicodedata

from osgeo import gdal, ogr

WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(REPO, "examples", "sino-korean-border-1957-1962")
PRECISION = 5  # decimals, as the bundled geodata (about 1 m)

ogr.UseExceptions()


# --- names and ids ---------------------------------------------------------------------------

SEPARATORS = set("-'._`\u2018\u2019\u02bc\u02bb\u2010\u2011\u2013\u2014\u00b7\u30fb")


def name_key(name):
    """bordermap's name_key (src/core/text.cpp): no marks, separators or spaces, case folded."""
    kept = "".join(c for c in unicodedata.normalize("NFD", name)
                   if unicodedata.category(c) != "Mn" and c not in SEPARATORS and not c.isspace())
    return unicodedata.normalize("NFC", kept.casefold())


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def clean(value):
    return (value or "").strip()


# --- reading Natural Earth -------------------------------------------------------------------

def geometry_json(feature):
    """The geometry as GeoJSON, and the bounds of each of its polygons."""
    geometry = feature.GetGeometryRef()
    if geometry is None or geometry.IsEmpty():
        return None, None
    polygons = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())] \
        if geometry.GetGeometryType() in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) else [geometry]
    boxes = []
    for polygon in polygons:
        west, east, south, north = polygon.GetEnvelope()
        boxes.append([west, south, east, north])
    text = geometry.ExportToJson(options=[f"COORDINATE_PRECISION={PRECISION}"])
    return json.loads(text), boxes


def read_units(source):
    """Every states_provinces feature, with a stable id: <adm0_a3>-<name slug>, numbered in fid
    order when a country has two units of one name (or whose names differ only in separators)."""
    layer = source.GetLayerByName("states_provinces")
    rows = []
    for feature in layer:
        geometry, boxes = geometry_json(feature)
        if geometry is None:
            continue
        fid = feature.GetFID()
        name = clean(feature.GetField("name")) or clean(feature.GetField("woe_name")) or clean(feature.GetField("gn_name"))
        country_name = clean(feature.GetField("admin"))
        rows.append({
            "fid": fid,
            "adm0": clean(feature.GetField("adm0_a3")),
            "country_name": country_name,
            "name": name or f"Unit {fid} of {country_name}",
            "other_names": [clean(feature.GetField(f)) for f in ("gn_name", "woe_name")],
            "geometry": geometry,
            "boxes": boxes,
        })
    rows.sort(key=lambda r: r["fid"])
    taken = set()
    for row in rows:
        base = f"{row['adm0']}-{slug(row['name']) or 'unit'}"
        candidate, n = base, 1
        while name_key(candidate) in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(name_key(candidate))
        row["id"] = candidate
    return rows


def read_countries(source):
    layer = source.GetLayerByName("countries")
    rows, taken = [], set()
    for feature in layer:
        geometry, _ = geometry_json(feature)
        if geometry is None:
            continue
        fid = feature.GetFID()
        iso = clean(feature.GetField("ISO_A3"))
        name = clean(feature.GetField("NAME")) or f"Country feature {fid}"
        cid = iso if re.fullmatch(r"[A-Z]{3}", iso or "") else f"NE-{slug(name) or fid}"
        while cid in taken:
            cid = f"{cid}-{fid}"
        taken.add(cid)
        rows.append({"id": cid, "name": name, "geometry": geometry})
    return rows


# --- writing ---------------------------------------------------------------------------------

def write_feature_collection(path, features):
    """RFC 7946 GeoJSON, one feature a line, sorted by id (as bordermap writes its own geodata)."""
    features = sorted(features, key=lambda f: f["properties"]["id"])
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('{\n"type": "FeatureCollection",\n"features": [\n')
        for i, feature in enumerate(features):
            out.write(json.dumps(feature, ensure_ascii=False, separators=(", ", ": ")))
            out.write(",\n" if i + 1 < len(features) else "\n")
        out.write("]\n}\n")


def feature(geometry, fid, kind, name, country):
    return {"type": "Feature",
            "properties": {"id": fid, "kind": kind, "name_en": name, "name_zh": "", "name_ko": "", "country": country},
            "geometry": geometry}


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def toml_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string is a JSON string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def toml_table(lines, header, table):
    lines.append(header)
    for key, value in table.items():
        lines.append(f"{key} = {toml_value(value)}")
    lines.append("")


def write_geodata(folder, units, countries):
    os.makedirs(folder, exist_ok=True)
    write_feature_collection(os.path.join(folder, "admin1.geojson"),
                             [feature(u["geometry"], u["id"], "admin1", u["name"], u["adm0"]) for u in units])
    write_feature_collection(os.path.join(folder, "countries.geojson"),
                             [feature(c["geometry"], c["id"], "country", c["name"], c["id"]) for c in countries])
    # A geodata folder keeps countries and first-level units as the two layers of world.gpkg.
    world = os.path.join(folder, "world.gpkg")
    if os.path.exists(world):
        os.remove(world)
    for layer in ("countries", "admin1"):
        source = os.path.join(folder, layer + ".geojson")
        gdal.VectorTranslate(world, source, format="GPKG", layerName=layer,
                             accessMode="update" if os.path.exists(world) else None)
        os.remove(source)
    for empty in ("rivers.geojson", "places.geojson"):
        write_feature_collection(os.path.join(folder, empty), [])
    # One group per country of its units: a region series maps each (world-series).
    by_country = units_by_country(units)
    write_csv(os.path.join(folder, "groups.csv"), ["id", "members", "name_en", "name_zh", "name_ko"],
              [[group_id(code), ";".join(u["id"] for u in members), f"{members[0]['country_name']}: first-level units", "", ""]
               for code, members in sorted(by_country.items())])
    # Other names of each unit (GeoNames', Yahoo WOE's) where they differ from its own: undated,
    # so they resolve figures but never label a map.
    names = []
    for u in units:
        seen = {name_key(u["name"])}
        for other in u["other_names"]:
            if other and name_key(other) not in seen:
                seen.add(name_key(other))
                names.append([u["id"], other, "en", "name", "", "", "Natural Earth gn_name / woe_name"])
    write_csv(os.path.join(folder, "gazetteer.csv"), ["id", "name", "system", "kind", "from", "to", "note"], names)
    with open(os.path.join(folder, "about.toml"), "w", encoding="utf-8") as out:
        out.write('# Generated by bench/make_world_atlas.py from Debian\'s world_map.gpkg (qgis-common).\n'
                  'title = "Natural Earth 1:10m, every first-level unit (QGIS generalisation)"\nversion = "4.1.0"\n')
    return len(names)


# --- the world atlases ------------------------------------------------------------------------

def units_by_country(units):
    by_country = {}
    for u in units:
        by_country.setdefault(u["adm0"], []).append(u)
    for members in by_country.values():
        members.sort(key=lambda u: u["id"])
    return by_country


def group_id(code):
    return f"group-{code.lower()}"


def mapped_countries(by_country, count):
    """The `count` countries with most units (ties by code)."""
    return sorted(by_country, key=lambda c: (-len(by_country[c]), c))[:count]


def write_world_figures(folder, by_country, indicator_of):
    figures = [[u["id"], indicator_of(code), synthetic_value(u["id"]), "exact", "2020", "synthetic-bench", "",
                "synthetic value for benchmarking", code]
               for code in sorted(by_country) for u in by_country[code]]
    write_csv(os.path.join(folder, "figures.csv"),
              ["region", "indicator", "value", "qualifier", "period", "source", "pages", "note", "country"], figures)
    write_csv(os.path.join(folder, "sources.csv"), ["id", "citation", "date", "archive_ref", "url", "note"],
              [["synthetic-bench", "SYNTHETIC benchmark values, made up by bench/make_world_atlas.py (seeded by unit id); "
                "not data about anything", "2020", "", "", "For timing bordermap only"]])
    return len(figures)


def write_edit(folder, indicator, region, maps):
    """What bench/measure.py's one-figure build changes, and the maps that show that figure."""
    with open(os.path.join(folder, "bench-edit.json"), "w") as out:
        json.dump({"indicator": indicator, "region": region, "maps": maps}, out, indent=1)
        out.write("\n")


def synthetic_value(unit_id):
    """A made-up count, fixed by the unit's id alone (so adding a country changes no other value)."""
    digest = hashlib.sha256(("bordermap-bench:" + unit_id).encode()).digest()
    uniform = int.from_bytes(digest[:8], "big") / 2**64
    return int(10 ** (1 + 4 * uniform))  # 10 .. 100,000, spread over four decades


def country_extent(boxes):
    """The bounds of a country's polygons. An extent may not cross the antimeridian, and the
    default one of a country that does (Russia, Fiji, the Aleutians) would be the whole world:
    such a country is framed on the side of it where most of its polygons' area lies."""
    def bounds(part):
        return [min(b[0] for b in part), min(b[1] for b in part), max(b[2] for b in part), max(b[3] for b in part)]

    box = bounds(boxes)
    if box[2] - box[0] <= 180:
        return box, False
    west = [b for b in boxes if b[2] <= 0]
    east = [b for b in boxes if b[2] > 0]
    area = lambda part: sum((b[2] - b[0]) * (b[3] - b[1]) for b in part)
    w, s, e, n = bounds(west if area(west) > area(east) else east)
    # The margin bordermap gives a default extent (padded_bounds in src/render/compose_frame.cpp), within the globe.
    pad_x, pad_y = max((e - w) * 0.12, 1.0), max((n - s) * 0.12, 1.0)
    return [max(w - pad_x, -180.0), max(s - pad_y, -90.0), min(e + pad_x, 180.0), min(n + pad_y, 90.0)], True


def make_world_atlas(folder, geodata_name, units, map_count):
    """One [[map]] per country, each with its own indicator and projection."""
    os.makedirs(folder, exist_ok=True)
    by_country = units_by_country(units)
    mapped = mapped_countries(by_country, map_count)
    rows = write_world_figures(folder, by_country, lambda code: f"units_{code.lower()}")
    write_edit(folder, "units_chn", by_country["CHN"][0]["id"], ["units-chn"])

    lines = ["# Generated by bench/make_world_atlas.py: one map per country, synthetic values.", ""]
    toml_table(lines, "[atlas]", {"title": "Benchmark: first-level units of the world (synthetic values)",
                                  "figures": "figures.csv", "sources": "sources.csv", "geodata": f"../{geodata_name}"})
    toml_table(lines, "[indicators]", {f"units_{c.lower()}": {"label": f"Synthetic count, {by_country[c][0]['country_name']}",
                                                              "unit": "synthetic units"} for c in sorted(by_country)})
    toml_table(lines, "[defaults]", {"width_mm": 175, "height_mm": 190, "dpi": 150, "palette": "YlOrRd", "method": "quantile",
                                     "classes": 5})
    # The inset locator shows East Asia only: it has no place on a map of Chile.
    toml_table(lines, "[style]", {"furniture": {"inset": False}})
    crossing = []
    for code in mapped:
        members = by_country[code]
        box, across = country_extent([b for u in members for b in u["boxes"]])
        lon0 = (box[0] + box[2]) / 2
        lon0 = lon0 - 360 if lon0 > 180 else lon0
        lat0 = (box[1] + box[3]) / 2
        spec = {"id": f"units-{code.lower()}",
                "title": f"{members[0]['country_name']}: a synthetic count by first-level unit",
                "subtitle": f"{len(members)} units; made-up values for benchmarking",
                "indicator": f"units_{code.lower()}",
                "period": "2020",
                "projection": f"+proj=laea +lat_0={lat0:.2f} +lon_0={lon0:.2f} +datum=WGS84 +units=m +no_defs"}
        if across:
            spec["extent"] = [round(v, 2) for v in box]
            crossing.append(code)
        toml_table(lines, "[[map]]", spec)
    with open(os.path.join(folder, "atlas.toml"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    return mapped, rows, crossing


def make_world_series(folder, geodata_name, units, map_count):
    """The same maps as one [[map]] with a region series over the countries' groups: one indicator,
    one projection (Equal Earth) for every member, each member's extent its country's units."""
    os.makedirs(folder, exist_ok=True)
    by_country = units_by_country(units)
    mapped = mapped_countries(by_country, map_count)
    write_world_figures(folder, by_country, lambda code: "synthetic_count")
    write_edit(folder, "synthetic_count", by_country["CHN"][0]["id"], [f"units-{group_id('CHN')}"])
    lines = ["# Generated by bench/make_world_atlas.py: a series of one map per country, synthetic values.", ""]
    toml_table(lines, "[atlas]", {"title": "Benchmark: first-level units of the world, as one series (synthetic values)",
                                  "figures": "figures.csv", "sources": "sources.csv", "geodata": f"../{geodata_name}"})
    toml_table(lines, "[indicators]", {"synthetic_count": {"label": "Synthetic count", "unit": "synthetic units"}})
    toml_table(lines, "[style]", {"furniture": {"inset": False}})
    toml_table(lines, "[[map]]", {"id": "units", "title": "A synthetic count by first-level unit",
                                  "subtitle": "Made-up values for benchmarking", "indicator": "synthetic_count", "period": "2020",
                                  "width_mm": 175, "height_mm": 190, "dpi": 150,
                                  "projection": "+proj=eqearth +datum=WGS84 +units=m +no_defs",
                                  "series": {"region": [group_id(code) for code in mapped]}})
    with open(os.path.join(folder, "atlas.toml"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


# --- the example repeated ----------------------------------------------------------------------

PALETTES = ["YlOrRd", "Blues", "Greens", "viridis", "-magma", "PuBuGn", "RdPu", "cividis", "OrRd", "YlGnBu", "Purples", "BuPu"]
METHODS = ["quantile", "equal_interval", "natural_breaks", "unclassed"]
STYLES = ["publication", "grayscale", "slide"]


def make_example_series(folder, map_count):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(EXAMPLE, "atlas.toml"), "rb") as f:
        example = tomllib.load(f)
    for table in ("figures.csv", "sources.csv"):
        shutil.copyfile(os.path.join(EXAMPLE, table), os.path.join(folder, table))
    lines = ["# Generated by bench/make_world_atlas.py: the bundled example's maps, repeated with other settings.", ""]
    atlas = dict(example["atlas"])
    atlas["title"] = "Benchmark: " + atlas["title"] + " (repeated)"
    toml_table(lines, "[atlas]", atlas)
    toml_table(lines, "[indicators]", example["indicators"])
    toml_table(lines, "[defaults]", example["defaults"])
    for relation in example.get("relation", []):
        toml_table(lines, "[[relation]]", relation)
    templates = example["map"]
    maps_of = lambda spec: len(next(iter(spec["series"].values()))) if "series" in spec else 1
    letters, i, count = [], 0, 0
    while count < map_count:
        spec = dict(templates[i % len(templates)])
        variant = i // len(templates)
        count += maps_of(spec)
        spec["id"] = f"{spec['id']}-v{variant:02d}"
        spec["palette"] = PALETTES[i % len(PALETTES)]
        spec["method"] = METHODS[variant % len(METHODS)]
        spec["classes"] = 3 + i % 5
        spec["style"] = STYLES[(i // 2) % len(STYLES)]
        if spec.get("indicator") == "authorization_letters_received" and "series" not in spec:
            letters.append(spec["id"])
        toml_table(lines, "[[map]]", spec)
        i += 1
    with open(os.path.join(folder, "atlas.toml"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    write_edit(folder, "authorization_letters_received", "Yanbian Korean Autonomous Prefecture", letters)
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write into (never the repository)")
    parser.add_argument("--maps", type=int, default=200, help="maps in each atlas (default 200)")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    if out == REPO or out.startswith(REPO + os.sep):
        sys.exit(f"make_world_atlas.py: {out} is inside the repository; give a folder elsewhere")

    source = ogr.Open(WORLD_MAP)
    if source is None:
        sys.exit(f"make_world_atlas.py: cannot open {WORLD_MAP} (apt-get install qgis-common)")
    units = read_units(source)
    countries = read_countries(source)
    names = write_geodata(os.path.join(out, "world-geodata"), units, countries)
    mapped, rows, crossing = make_world_atlas(os.path.join(out, "world"), "world-geodata", units, args.maps)
    make_world_series(os.path.join(out, "world-series"), "world-geodata", units, args.maps)
    series_maps = make_example_series(os.path.join(out, "example-series"), args.maps)
    print(f"world-geodata: {len(units)} units, {len(countries)} countries, {names} other names")
    print(f"world: {len(mapped)} maps (countries with {len([u for u in units if u['adm0'] == mapped[-1]])} units or more), "
          f"{rows} figure rows; framed across the antimeridian: {', '.join(crossing) or 'none'}")
    print(f"world-series: the same {len(mapped)} maps as one region series")
    print(f"example-series: {series_maps} maps")


if __name__ == "__main__":
    main()
