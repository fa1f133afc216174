#!/usr/bin/env bash
# ctest's node_client_test: installs the pinned dependencies (npm ci, from package-lock.json)
# when node_modules is missing or older than the lockfile, then runs the Node client's test
# against a real schemad (SCHEMASERVICE_BUILD_DIR names the build folder). Exit 77 (ctest's
# SKIP_RETURN_CODE) only when node or npm is not installed: Debian's nodejs and npm packages.
set -euo pipefail

for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "node_client_test: SKIPPED: $tool is not installed (Debian packages: nodejs npm)"
    exit 77
  fi
done
cd "$(dirname "$0")/.."
echo "node $(node --version), npm $(npm --version)"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # --ignore-scripts: no dependency needs one (protobufjs' postinstall only warns).
  start=$(date +%s)
  npm ci --ignore-scripts --no-audit --no-fund
  echo "npm ci took $(( $(date +%s) - start )) s"
fi

exec node --test test/client.test.js
