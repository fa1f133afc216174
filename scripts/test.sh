#!/usr/bin/env bash
# Installs, builds and runs every test (unit, integration against a throw-away PostgreSQL
# the tests start themselves, end to end through the schemad and schemactl binaries).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j"${JOBS:-2}"
