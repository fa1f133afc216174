#!/usr/bin/env bash
# Builds the container image (Dockerfile) with podman and checks it end to end:
#   - the image builds from this tree (both stages), runs as a non-root user, has a HEALTHCHECK,
#     carries no compiler and no -dev package, every shared library resolves, and its pg_dump,
#     pg_restore and server programs are PostgreSQL 15;
#   - schemad starts from the default CMD on a mounted schemad.yaml, with a read-only root
#     filesystem, as uid 10001; `schemactl health` answers SERVING (on server.listen and on the
#     plaintext server.health_listen) and the image's HEALTHCHECK passes;
#   - through it, apply-migrations applies the migration of tests/container/app (mounted
#     read-only) to a throw-away PostgreSQL 15 (a second container of the same image, on
#     127.0.0.1), and psql finds the table and the history row; the same to `dev`, the embedded
#     PostgreSQL schemad starts itself (initdb and postgres as uid 10001 in the container); a
#     backup (pg_dump, pg_restore --list) of the test database goes into the state volume;
#   - `podman stop` (SIGTERM) ends it within the grace period, exit code 0, no SIGKILL.
# Prints the image size. Exits 0 only when every check passed; each failed one prints a FAIL line.
#
# On Debian 12 as root, podman runs with runc, the cgroupfs manager, no default ulimits
# (containers.conf in a temporary folder, CONTAINERS_CONF) and the host network. The base image
# `debian:12` is made offline-capable with mmdebstrap (Debian's archive) and `podman import`,
# once: it stays cached in podman's storage. The images built here stay too (tags
# localhost/schemad-build:latest and $IMAGE), so that the next run reuses their layers; ccache's
# build cache lives in /var/tmp/buildah-cache. `podman rmi` them to free the disk.
#
#   scripts/container-test.sh                 IMAGE=localhost/schemad:test by default
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

IMAGE=${IMAGE:-localhost/schemad:test}
BUILD_IMAGE=localhost/schemad-build:latest
BASE_IMAGE=docker.io/library/debian:12   # what the Dockerfile's `FROM debian:12` resolves to
SCHEMAD_UID=10001
SHUTDOWN_GRACE=10                        # server.shutdown_grace_seconds in the test's config
STOP_TIMEOUT=20                          # podman stop -t: SIGKILL after that (> grace + 5)

passed=0
failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
summary() { echo "container-test took ${SECONDS} s"; echo "container-test: $passed passed, $failed failed"; }
fatal() { fail "$*"; summary; exit 1; }
step() { printf '\n== [%4d s] %s\n' "$SECONDS" "$*"; }

# --- tools ------------------------------------------------------------------------------------
step "tools: podman, runc, mmdebstrap"
missing=()
for p in podman runc mmdebstrap; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 $SUDO apt-get update -qq
  timeout 900 $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
podman --version
[ "$(id -u)" -eq 0 ] || echo "note: not root; podman runs rootless, which this script was not made for"

work=$(mktemp -d)
chmod 0755 "$work"
schemad_ctr="schemad-ct-$$"
pg_ctr="schemad-ct-pg-$$"
cleanup() {
  local rc=$?
  podman rm -f -v -t 5 "$schemad_ctr" >/dev/null 2>&1 || true
  podman rm -f -v -t 5 "$pg_ctr" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cat > "$work/containers.conf" <<'EOF'
[containers]
default_ulimits = []

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
EOF
export CONTAINERS_CONF="$work/containers.conf"

# --- base image -------------------------------------------------------------------------------
step "base image $BASE_IMAGE"
if podman image exists "$BASE_IMAGE"; then
  echo "cached"
else
  echo "making it with mmdebstrap --variant=minbase bookworm (Debian's archive)"
  if ! timeout 900 mmdebstrap --variant=minbase bookworm "$work/base.tar" >"$work/mmdebstrap.log" 2>&1; then
    tail -20 "$work/mmdebstrap.log"
    fatal "mmdebstrap could not make the base image"
  fi
  timeout 300 podman import --change 'CMD ["bash"]' "$work/base.tar" "$BASE_IMAGE" >/dev/null \
    || fatal "podman import of the base image"
  rm -f "$work/base.tar"
fi

# --- build ------------------------------------------------------------------------------------
# --format docker: the OCI format has no HEALTHCHECK. --pull=never: `FROM debian:12` must be
# the local image, never a download.
build() {  # the whole output into build.log; each step's start shown here
  timeout -k 30 3000 podman build --format docker --network=host --pull=never "$@" "$repo" 2>&1 |
    while IFS= read -r line; do
      printf '%s\n' "$line" >>"$work/build.log"
      case "$line" in STEP*) printf '  [%4d s] %s\n' "$SECONDS" "${line:0:100}" ;; esac
    done
  return "${PIPESTATUS[0]}"
}
step "podman build: stage build -> $BUILD_IMAGE (install-deps.sh, cmake, schemad and schemactl)"
t0=$SECONDS
if ! build --target build -t "$BUILD_IMAGE"; then
  tail -40 "$work/build.log"
  fatal "podman build of the build stage"
fi
echo "build stage: $((SECONDS - t0)) s"
step "podman build: runtime image -> $IMAGE"
t0=$SECONDS
if ! build -t "$IMAGE"; then
  tail -40 "$work/build.log"
  fatal "podman build of the runtime image"
fi
echo "runtime image: $((SECONDS - t0)) s"
pass "the image builds"
# Images this build replaced (untagged, unused) go; the cached layers stay.
podman image prune -f >/dev/null 2>&1 || true

# --- the image itself -------------------------------------------------------------------------
step "the image"
size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
echo "image size: $size bytes ($((size / 1000000)) MB)"
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
[ "$user" = "$SCHEMAD_UID:$SCHEMAD_UID" ] && pass "image user is $user" || fail "image user is '$user', not $SCHEMAD_UID:$SCHEMAD_UID"
health=$(podman image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" 2>/dev/null || true)
echo "healthcheck: $health"
case "$health" in *schemactl*health*) pass "image has a HEALTHCHECK running schemactl health" ;;
                  *) fail "image has no HEALTHCHECK (podman build --format docker?)" ;; esac

run_in_image() {  # a throw-away container of the image running a shell script
  timeout 120 podman run --rm --network=host --no-healthcheck --entrypoint /bin/sh "$IMAGE" -c "$1"
}
if out=$(run_in_image '
  id -un; id -u; id -g
  for c in gcc g++ cc c++ cmake make ld; do command -v $c && echo "compiler: $c"; done
  dpkg-query -W -f="\${Package}\n" | grep -E -- "-dev(:|$)" | sed "s/^/dev package: /"
  ldd /usr/local/bin/schemad /usr/local/bin/schemactl | grep "not found" | sed "s/^/unresolved: /"
  for p in initdb postgres pg_dump pg_restore psql; do /usr/lib/postgresql/15/bin/$p --version; done
  ' 2>&1); then
  echo "$out"
  [ "$(echo "$out" | sed -n 1,3p | tr '\n' ' ')" = "schemad $SCHEMAD_UID $SCHEMAD_UID " ] \
    && pass "runs as user schemad ($SCHEMAD_UID:$SCHEMAD_UID)" || fail "default user: $(echo "$out" | sed -n 1,3p | tr '\n' ' ')"
  grep -qE '^(compiler|dev package):' <<<"$out" && fail "the runtime image carries a compiler or a -dev package" \
    || pass "no compiler, no -dev package"
  grep -q '^unresolved:' <<<"$out" && fail "shared libraries missing" || pass "every shared library resolves"
  [ "$(grep -c '(PostgreSQL) 15\.' <<<"$out")" -eq 5 ] && pass "initdb, postgres, pg_dump, pg_restore, psql are PostgreSQL 15" \
    || fail "PostgreSQL programs are not all 15"
else
  echo "$out"
  fail "could not run a shell in the image"
fi

# --- a throw-away PostgreSQL 15 for the `test` environment -----------------------------------
free_port() {  # a port nothing listens on at 127.0.0.1, not in the arguments
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    case " $* " in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}
pg_port=$(free_port)
grpc_port=$(free_port "$pg_port")
metrics_port=$(free_port "$pg_port" "$grpc_port")
health_port=$(free_port "$pg_port" "$grpc_port" "$metrics_port")

step "PostgreSQL 15 for the test environment (container $pg_ctr, 127.0.0.1:$pg_port)"
timeout 120 podman run -d --name "$pg_ctr" --network=host --no-healthcheck --entrypoint /bin/sh "$IMAGE" -c "
  /usr/lib/postgresql/15/bin/initdb -D /tmp/pg -U postgres --auth=trust -E UTF8 --no-locale >/tmp/initdb.log &&
  exec /usr/lib/postgresql/15/bin/postgres -D /tmp/pg -p $pg_port -k /tmp \
    -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null || fatal "could not start the PostgreSQL container"
psql_pg() { timeout 60 podman exec "$pg_ctr" psql -X -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
ready=0
for _ in $(seq 1 120); do
  if psql_pg -d postgres -c 'SELECT 1' >/dev/null 2>&1; then ready=1; break; fi
  [ "$(podman inspect --format '{{.State.Running}}' "$pg_ctr" 2>/dev/null)" = true ] || break
  sleep 0.5
done
if [ $ready -ne 1 ]; then
  podman logs "$pg_ctr" 2>&1 | tail -20
  fatal "the test PostgreSQL did not start in 60 s"
fi
psql_pg -d postgres -c 'CREATE DATABASE app' || fatal "CREATE DATABASE app"

# --- schemad ----------------------------------------------------------------------------------
mkdir -p "$work/etc"
cp -r tests/container/app "$work/app"
version=$(ls "$work"/app/migrations/versions/*.up.sql | head -1 | xargs basename | cut -d_ -f1)
cat > "$work/etc/schemad.yaml" <<EOF
# container-test.sh: one project; test on the throw-away PostgreSQL, dev on the embedded one
# schemad starts itself (initdb and postgres inside the container).
server:
  listen: 127.0.0.1:$grpc_port
  metrics_listen: 127.0.0.1:$metrics_port
  health_listen: 127.0.0.1:$health_port
  shutdown_grace_seconds: $SHUTDOWN_GRACE
projects:
  app:
    models_dir: /srv/app/models
    migrations_dir: /srv/app/migrations
    environments:
      dev:
        database: embedded
      test:
        database:
          host: 127.0.0.1
          port: $pg_port
          dbname: app
          user: postgres
EOF
chmod -R a+rX "$work/etc" "$work/app"

step "schemad (container $schemad_ctr: default CMD, read-only root, 127.0.0.1:$grpc_port)"
# podman schedules the periodic HEALTHCHECK with a systemd timer; without systemd (these
# machines) it logs an error and runs the container all the same (podman-run.log).
# `podman healthcheck run` below runs the image's HEALTHCHECK once.
timeout 120 podman run -d --name "$schemad_ctr" --network=host --read-only \
  -e SCHEMACTL_SERVER="127.0.0.1:$grpc_port" -e SCHEMACTL_PROJECT=app \
  -v "$work/etc:/etc/schemad:ro" -v "$work/app:/srv/app:ro" \
  "$IMAGE" >/dev/null 2>"$work/podman-run.log" || { cat "$work/podman-run.log"; fatal "podman run of schemad"; }
ctl() { timeout 120 podman exec "$schemad_ctr" schemactl "$@"; }
serving=0
for _ in $(seq 1 120); do
  if out=$(timeout 10 podman exec "$schemad_ctr" schemactl --timeout 3 health 2>&1); then serving=1; break; fi
  [ "$(podman inspect --format '{{.State.Running}}' "$schemad_ctr" 2>/dev/null)" = true ] || break
  sleep 1
done
if [ $serving -ne 1 ]; then
  echo "last answer: $out"
  cat "$work/podman-run.log"
  podman logs "$schemad_ctr" 2>&1 | tail -30
  fatal "schemad did not answer SERVING within 120 s"
fi
echo "schemactl health: $out"
grep -q SERVING <<<"$out" && pass "schemactl health answers SERVING" || fail "schemactl health: $out"
timeout 60 podman healthcheck run "$schemad_ctr" && pass "the image's HEALTHCHECK passes" \
  || fail "podman healthcheck run: unhealthy"
out=$(timeout 30 podman exec -e SCHEMACTL_SERVER="127.0.0.1:$health_port" "$schemad_ctr" schemactl --timeout 5 health 2>&1 || true)
[ "$out" = SERVING ] && pass "server.health_listen (plaintext, health only) answers SERVING" \
  || fail "schemactl health on server.health_listen: $out"

uids=$(timeout 30 podman exec "$schemad_ctr" sh -c 'grep "^Uid:" /proc/1/status' | awk '{print $2, $3, $4, $5}' || true)
[ "$uids" = "$SCHEMAD_UID $SCHEMAD_UID $SCHEMAD_UID $SCHEMAD_UID" ] && pass "schemad (pid 1) runs as uid $SCHEMAD_UID" \
  || fail "schemad's uids: $uids"
if timeout 30 podman exec "$schemad_ctr" sh -c 'touch /usr/local/bin/x' 2>/dev/null; then
  fail "the root filesystem is writable (--read-only?)"
else
  pass "root filesystem read-only; schemad runs on it"
fi

step "schemactl apply-migrations --env test"
ctl apply-migrations --env test 2>&1 && pass "apply-migrations --env test" || fail "schemactl apply-migrations --env test"
table=$(psql_pg -d app -c "SELECT to_regclass('public.widgets') IS NOT NULL" 2>&1 || true)
[ "$table" = t ] && pass "psql: table public.widgets exists in the test database" || fail "psql: widgets: $table"
row=$(psql_pg -d app -c "SELECT version || ' ' || status FROM schemaservice.migrations WHERE project = 'app'" 2>&1 || true)
[ "$row" = "$version applied" ] && pass "psql: history records $version as applied" || fail "psql: history: '$row', expected '$version applied'"

step "schemactl apply-migrations --env dev (the embedded PostgreSQL)"
ctl apply-migrations --env dev 2>&1 && pass "apply-migrations --env dev" || fail "schemactl apply-migrations --env dev"
ctl show-all-migrations 2>&1 | tee "$work/history.txt" || true
n=$(grep -cE "^$version +applied " "$work/history.txt" || true)
[ "$n" -eq 2 ] && pass "show-all-migrations: $version applied to dev and test" || fail "show-all-migrations: $version applied $n times, not 2"

step "schemactl create-backup --env test (pg_dump in the image, into the state volume)"
if ctl create-backup --env test --reason container-test 2>&1; then
  n=$(ctl list-backups --env test 2>/dev/null | grep -c ' container-test$' || true)
  [ "$n" -eq 1 ] && pass "backup taken and listed" || fail "list-backups shows $n backups of this test"
else
  fail "schemactl create-backup"
fi

# The image's PostgreSQL is whatever Debian ships today (15.20 stamps every column with a
# server-managed option, pg_attver): the engine must still see models, migrations, databases
# and restored backups as equal.
step "detect-schema-changes and verify-backup on the image's PostgreSQL"
if out=$(ctl detect-schema-changes --env dev 2>&1); then
  pass "detect-schema-changes: models, replayed migrations and dev agree"
else
  echo "$out"
  fail "detect-schema-changes reports differences where there are none"
fi
backup_id=$(ctl --format json list-backups --env test 2>/dev/null \
  | sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' | head -1)
if [ -n "$backup_id" ] && out=$(ctl verify-backup "$backup_id" --env test 2>&1); then
  echo "$out" | tail -2
  pass "verify-backup $backup_id: restored and the catalog compared equal"
else
  echo "$out"
  fail "verify-backup of the test backup ('$backup_id')"
fi

# --- SIGTERM ----------------------------------------------------------------------------------
step "podman stop -t $STOP_TIMEOUT (SIGTERM; schemad's grace $SHUTDOWN_GRACE s + 5)"
t0=$(date +%s%N)
timeout $((STOP_TIMEOUT + 30)) podman stop -t "$STOP_TIMEOUT" "$schemad_ctr" >/dev/null 2>&1 || true
ms=$((($(date +%s%N) - t0) / 1000000))
code=$(podman inspect --format '{{.State.ExitCode}}' "$schemad_ctr" 2>/dev/null || echo unknown)
running=$(podman inspect --format '{{.State.Running}}' "$schemad_ctr" 2>/dev/null || echo unknown)
echo "stopped in $ms ms, exit code $code"
podman logs "$schemad_ctr" 2>&1 | tail -3 | sed 's/^/  schemad | /'
if [ "$running" = false ] && { [ "$code" = 0 ] || [ "$code" = 143 ]; } && [ "$ms" -lt $(((SHUTDOWN_GRACE + 5) * 1000)) ]; then
  pass "stopped on SIGTERM in $ms ms (exit code $code, no SIGKILL)"
else
  fail "stop: running=$running exit code $code after $ms ms (137: SIGKILLed)"
fi

echo
echo "image $IMAGE: $size bytes ($((size / 1000000)) MB)"
summary
[ "$failed" -eq 0 ]
