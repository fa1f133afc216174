#!/usr/bin/env bash
# Installs what is missing (scripts/install-deps.sh), then configures and builds everything
# into build/ with two parallel jobs (ccache speeds up rebuilds).
#   BUILD_TYPE=Debug scripts/build.sh      a debug build
#   BUILD_DIR=out scripts/build.sh         another build folder
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
cmake --build "$build_dir" -j"${JOBS:-2}"
