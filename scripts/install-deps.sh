#!/usr/bin/env bash
# Installs the Debian 12 packages bordermap needs to build, run and test.
# Idempotent: when everything is present it does nothing (no apt-get update).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev
  libcairo2-dev libpango1.0-dev zlib1g-dev
  libtomlplusplus-dev libcli11-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev
  fonts-noto-cjk fonts-noto-core
  poppler-utils
  librsvg2-bin
  # Natural Earth 1:10m (world_map.gpkg), the source of geodata/ (bordermap geodata)
  qgis-common
  # Tests only: the sanitizer build (CMakePresets.json "sanitize") is clang's, with its ASan/UBSan runtime and lld
  clang lld libclang-rt-14-dev
  # Tests only: headless QGIS opens our layers and styles; python-geojson validates GeoJSON independently
  python3-qgis qgis-providers python3-geojson
  # Tests only: headless Chromium opens the build's index.html from the file system
  chromium
  # GNU time measures the benchmarks' peak memory (bench/run.sh); GDAL's Python bindings generate their atlases and validate the tests' GeoPackages
  time python3-gdal
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
