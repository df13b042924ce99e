#!/bin/sh
# Benchmarks bordermap build on three generated atlases of about 200 maps (see bench/README.md).
#
#   bench/run.sh [--jobs N] [--maps N] [--atlas NAME]... [--keep DIR] [--note TEXT] [--no-build]
#
# Builds the binary (default preset, one compile job), generates the atlases (world, world-series,
# example-series) into a temporary folder (or DIR), times full, no-op, one-figure-changed and
# --force builds of each (or of the --atlas named), prints a Markdown table and writes it to
# bench/results.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
jobs=$(nproc)
maps=200
keep=""
note=""
build=yes
atlases=""
while [ $# -gt 0 ]; do
    case "$1" in
        --jobs|-j) jobs=$2; shift 2 ;;
        --maps) maps=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        --note) note=$2; shift 2 ;;
        --no-build) build=no; shift ;;
        --atlas) atlases="$atlases --atlas $2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

for tool in /usr/bin/time /usr/bin/python3 ogrinfo; do
    command -v "$tool" >/dev/null || { echo "run.sh: needs $tool (apt-get install time python3-gdal gdal-bin)" >&2; exit 1; }
done

if [ "$build" = yes ]; then
    (cd "$repo" && cmake --preset default >/dev/null && cmake --build --preset default -j1 --target bordermap)
fi
binary="$repo/build/default/src/bordermap"

if [ -n "$keep" ]; then
    work=$keep
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/bordermap-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi
/usr/bin/python3 "$here/make_world_atlas.py" "$work" --maps "$maps"
# shellcheck disable=SC2086  # $atlases is a list of words
/usr/bin/python3 "$here/measure.py" --binary "$binary" --work "$work" --jobs "$jobs" --results "$here/results.md" --note "$note" $atlases
