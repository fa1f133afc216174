#!/usr/bin/env bash
# Installs, with apt, everything the build, the tests, the demo and the Python client need on
# Debian 12. Idempotent: when every package is already there it only checks, quietly.
#   scripts/install-deps.sh            everything (build, tests, demo, clients)
#   scripts/install-deps.sh --runtime  only what the built schemad and schemactl need to run:
#                                      their shared libraries and PostgreSQL 15's programs (the
#                                      container image's runtime stage; no compiler, no -dev)
set -euo pipefail

mode=${1:-}
case "$mode" in
  "" | --runtime) ;;
  *) echo "usage: scripts/install-deps.sh [--runtime]" >&2; exit 2 ;;
esac

# The libraries schemad and schemactl link (ldd of both binaries, the Debian 12 packages that
# hold them); postgresql-15 for initdb and postgres (the private shadow servers, `database:
# embedded`), postgresql-client-15 for pg_dump, pg_restore and psql (Backup, Restore).
runtime_packages=(
  libgrpc++1.51 libgrpc29 libprotobuf32 libabsl20220623 libre2-9 libc-ares2 libssl3
  libpqxx-6.4 libpq5 libprometheus-cpp-core1.0 libprometheus-cpp-pull1.0
  libyaml-cpp0.7 libspdlog1.10 libfmt9
  postgresql-15 postgresql-client-15
)

packages=(
  build-essential cmake pkg-config ccache git
  protobuf-compiler protobuf-compiler-grpc libprotobuf-dev libgrpc++-dev libgrpc-dev
  libabsl-dev libpqxx-dev libpq-dev prometheus-cpp-dev libyaml-cpp-dev
  libcli11-dev libspdlog-dev libfmt-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-client-15 postgresql-contrib pgbouncer
  python3 python3-grpcio python3-protobuf python3-grpc-tools
  python3-sqlalchemy python3-pytest python3-yaml
  prometheus curl procps util-linux time
)

if [ "$mode" = --runtime ]; then
  packages=("${runtime_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
    missing+=("$p")
  fi
done
# The Node client's test needs node and npm. Only when the commands are missing: a machine
# may carry another build of Node.js (nodesource's nodejs bundles npm and conflicts with
# Debian's npm package).
if [ "$mode" != --runtime ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The prometheus package would start its own server as a service; we need only promtool.
# policy-rc.d keeps apt from starting any daemon (postgresql's cluster and pgbouncer included)
# while installing: tests/pgbouncer_test.cc starts its own pgbouncer on a free loopback port.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  policy_added=1
fi
trap '[ $policy_added -eq 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
