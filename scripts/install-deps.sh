#!/usr/bin/env bash
# Installs, with apt, everything the build, the tests, the demo and the Python client need on
# Debian 12. Idempotent: when every package is already there it only checks, quietly.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache git
  protobuf-compiler protobuf-compiler-grpc libprotobuf-dev libgrpc++-dev libgrpc-dev
  libabsl-dev libpqxx-dev libpq-dev prometheus-cpp-dev libyaml-cpp-dev
  libcli11-dev libspdlog-dev libfmt-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  postgresql-15 postgresql-client-15 postgresql-contrib
  python3 python3-grpcio python3-protobuf python3-grpc-tools
  python3-sqlalchemy python3-pytest python3-yaml
  prometheus curl procps util-linux time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
    missing+=("$p")
  fi
done
# The Node client's test needs node and npm. Only when the commands are missing: a machine
# may carry another build of Node.js (nodesource's nodejs bundles npm and conflicts with
# Debian's npm package).
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The prometheus package would start its own server as a service; we need only promtool.
# policy-rc.d keeps apt from starting any daemon (postgresql's cluster included) while installing.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  policy_added=1
fi
trap '[ $policy_added -eq 1 ] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done" >&2
