#!/usr/bin/python3
"""Times bordermap builds of the generated atlases; called by bench/run.sh.

    bench/measure.py --binary B --work DIR [--jobs N] [--atlas world ...] [--results FILE]

For each atlas in DIR (made by make_world_atlas.py): a full build into an empty folder, a no-op
rebuild, a rebuild after one figure changed, and a --force rebuild; wall time, CPU time and peak
resident memory of each (GNU time), and the files written as the summary line counts them. The
one-figure rebuild is checked: it must write the changed map's files and the atlas-wide ones
(figures_*.geojson, atlas.gpkg) and nothing else.
"""

import argparse
import csv
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys

SUMMARY = re.compile(r"bordermap: (\d+) maps, (\d+) files in .* \((\d+) written, (\d+) up to date")
ATLAS_WIDE = re.compile(r"^(figures_[a-z]+\.geojson|atlas\.gpkg|index\.html)$")
TIME = "/usr/bin/time"

ATLASES = ["world", "world-series", "example-series"]


def run_build(binary, atlas, out, jobs, extra, log):
    timing = log + ".time"
    command = [TIME, "-f", "%e %U %S %M", "-o", timing, binary, "build", atlas, "-o", out, "-j", str(jobs), "-v"] + extra
    with open(log, "w") as output:
        status = subprocess.call(command, stdout=output, stderr=subprocess.STDOUT)
    with open(timing) as f:
        fields = f.read().split()[-4:]  # GNU time writes "Command exited with non-zero status" first on failure
    text = open(log).read()
    if status != 0:
        sys.exit(f"measure.py: {' '.join(command)} failed (exit {status}); see {log}:\n{text[-2000:]}")
    summary = SUMMARY.search(text)
    if not summary:
        sys.exit(f"measure.py: no summary line in {log}")
    maps, files, written, up_to_date = (int(g) for g in summary.groups())
    wrote = re.findall(r"^  wrote (\S+)", text, re.MULTILINE)
    return {"wall": float(fields[0]), "cpu": float(fields[1]) + float(fields[2]), "rss_mb": int(fields[3]) / 1024,
            "maps": maps, "files": files, "written": written, "up_to_date": up_to_date, "wrote": wrote}


def edit_one_figure(atlas):
    """Adds 1 to the figure bench-edit.json names (written by make_world_atlas.py with the maps
    showing it); returns what changed and those maps."""
    with open(os.path.join(atlas, "bench-edit.json")) as f:
        edit = json.load(f)
    path = os.path.join(atlas, "figures.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    i_ind, i_val, i_reg = header.index("indicator"), header.index("value"), header.index("region")
    row = next(r for r in rows[1:] if r[i_ind] == edit["indicator"] and r[i_reg] == edit["region"] and r[i_val])
    old = row[i_val]
    new = int(old.replace(",", "")) + 1
    row[i_val] = f"{new:,}" if "," in old else str(new)
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return f"{row[i_reg]} {edit['indicator']}: {old} → {row[i_val]}", edit["maps"]


def check_one_figure(result, maps):
    """Written files are the maps' own and the atlas-wide ones; each map's drawing was redrawn."""
    def owner(file):
        stem = file.split(".")[0]
        return next((m for m in maps if stem == m or stem.startswith(m + "-")), None)

    strangers = [f for f in result["wrote"] if not ATLAS_WIDE.match(f) and owner(f) is None]
    redrawn = {owner(f) for f in result["wrote"] if f.endswith(".pdf")}
    missing = [m for m in maps if m not in redrawn]
    problems = []
    if strangers:
        problems.append(f"{len(strangers)} files of other maps written (e.g. {strangers[0]})")
    if missing:
        problems.append(f"{len(missing)} maps showing the figure not redrawn (e.g. {missing[0]})")
    if not any(ATLAS_WIDE.match(f) for f in result["wrote"]):
        problems.append("no atlas-wide file written")
    return "ok" if not problems else "FAIL: " + "; ".join(problems)


def machine():
    model = "unknown CPU"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} CPUs ({model}), {memory / 1024:.0f} GiB RAM, {platform.system()} {platform.release()}"


def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--work", required=True, help="the folder make_world_atlas.py wrote")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--atlas", action="append", choices=ATLASES, help="default: all three")
    parser.add_argument("--results", help="write the Markdown table here too")
    parser.add_argument("--note", default="", help="a line for the results (e.g. the machine was busy)")
    args = parser.parse_args()
    if not os.path.exists(TIME):
        sys.exit("measure.py: needs GNU time (apt-get install time)")

    started, load_before = datetime.datetime.now(), load()
    version = subprocess.run([args.binary, "--version"], capture_output=True, text=True).stdout.strip()
    rows = []
    for name in args.atlas or ATLASES:
        atlas, out = os.path.join(args.work, name), os.path.join(args.work, "out", name)
        logs = os.path.join(args.work, "logs")
        os.makedirs(logs, exist_ok=True)
        shutil.rmtree(out, ignore_errors=True)

        def measure(run, extra=(), check="", atlas=atlas, out=out, logs=logs, name=name):
            result = run_build(args.binary, atlas, out, args.jobs, list(extra), os.path.join(logs, f"{name}-{run}.log"))
            rows.append({"atlas": name, "run": run, "check": check, **result})
            print(f"{name:15} {run:11} {result['wall']:8.2f} s {result['rss_mb']:8.0f} MB  "
                  f"{result['written']:5} written {result['up_to_date']:5} up to date", flush=True)
            return result

        measure("full")
        noop = measure("no-op")
        if noop["written"]:
            rows[-1]["check"] = f"FAIL: {noop['written']} files written"
        edit, maps = edit_one_figure(atlas)
        one = measure("one figure")
        shown_by = "1 map shows it" if len(maps) == 1 else f"{len(maps)} maps show it"
        rows[-1]["check"] = check_one_figure(one, maps) + f" ({shown_by}; {edit})"
        measure("--force", ["--force"])

    table = ["| atlas | build | wall (s) | CPU (s) | peak RSS (MB) | maps | files | written | up to date | check |",
             "|---|---|--:|--:|--:|--:|--:|--:|--:|---|"]
    for r in rows:
        table.append(f"| {r['atlas']} | {r['run']} | {r['wall']:.2f} | {r['cpu']:.2f} | {r['rss_mb']:.0f} | {r['maps']} | {r['files']} | "
                     f"{r['written']} | {r['up_to_date']} | {r['check']} |")
    lines = [f"Measured {started:%Y-%m-%d %H:%M} with `{version}` (-j {args.jobs}) on {machine()}.",
             f"Load average before: {load_before}; after: {load()}." + (f" {args.note}" if args.note else ""), ""] + table
    print("\n".join(lines))
    if args.results:
        with open(args.results, "w") as f:
            f.write("# Benchmark results\n\nWritten by `bench/run.sh`; see [README.md](README.md) for what each number means.\n\n"
                    + "\n".join(lines) + "\n")
    if any(r["check"].startswith("FAIL") for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
