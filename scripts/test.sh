#!/usr/bin/env bash
# Installs, builds and runs every test (unit, integration against a throw-away PostgreSQL
# the tests start themselves, end to end through the schemad and schemactl binaries), then
# builds the container image and checks it (scripts/container-test.sh, podman; about 8 minutes
# on a machine that has never built it, under a minute once its layers are cached;
# SKIP_CONTAINER_TEST=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
(cd "${BUILD_DIR:-build}" && ctest --output-on-failure -j"${JOBS:-2}")
if [ "${SKIP_CONTAINER_TEST:-0}" != 1 ]; then
  timeout -k 60 3600 bash scripts/container-test.sh
fi
