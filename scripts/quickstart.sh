#!/usr/bin/env bash
# Installs what bordermap needs, builds it, and draws the bundled example atlas.
# Usage: scripts/quickstart.sh            (safe to run again: it rebuilds what changed)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target bordermap
./build/default/src/bordermap build examples/sino-korean-border-1957-1962
echo "quickstart: open examples/sino-korean-border-1957-1962/out/index.html in a browser to see every map"
