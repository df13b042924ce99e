#!/usr/bin/env bash
# Installs what bordermap needs, builds it with its tests, and runs the whole suite with CTest.
# Usage: scripts/test.sh [--preset default|sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
if [ "${1:-}" = "--preset" ]; then preset="${2:?--preset needs a name}"; fi

scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j "$(nproc)"
