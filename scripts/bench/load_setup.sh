# Sourced by load_bench.sh and soak.sh: the setup both measure against. Two throw-away
# PostgreSQL 15 servers on unix sockets only (one holds the environment's database `bench`,
# one the shadow databases, so both are visible to psql), a project `bench` with a store of
# four small migrations applied once by schemactl (Apply is a no-op afterwards) and models
# equal to them plus one column (Diff env -> models has exactly one statement), and a schemad
# on a unix socket with /metrics on 127.0.0.1 at a port the kernel picks. Every step is
# bounded by STEP_TIMEOUT; the EXIT trap stops what was started and removes the folder.
# Sets: work, schemad, schemad_pid, schemad_sock, metrics_addr, grace, psql_env, psql_shadow,
# load_client, and defines fail, step, stop_pid, setup_start, schemad_cpu_ticks.
# The caller sets `me` (its name in messages) before sourcing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build_dir=${BUILD_DIR:-build}
step_timeout=${STEP_TIMEOUT:-300}  # seconds any one step may take
for b in schemad schemactl load_client; do
  [ -x "$build_dir/$b" ] || { echo "$me: $build_dir/$b is missing: cmake --build $build_dir --target $b" >&2; exit 1; }
done
schemad=$(realpath "$build_dir/schemad")
schemactl=$(realpath "$build_dir/schemactl")
load_client=$(realpath "$build_dir/load_client")
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "$me: PostgreSQL 15 is missing ($bin)" >&2; exit 1; }
work=$(mktemp -d -t "$me.XXXXXX")
chmod 0755 "$work"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
env_port=5432 shadow_port=5433  # socket files in $work; no TCP port is opened for PostgreSQL
grace=10                        # server.shutdown_grace_seconds below
schemad_pid= child_pid=
schemad_sock=$work/schemad.sock
psql_env=(timeout "$step_timeout" psql -X -q -v ON_ERROR_STOP=1 -h "$work" -p "$env_port" -U postgres)
psql_shadow=(timeout "$step_timeout" psql -X -q -v ON_ERROR_STOP=1 -h "$work" -p "$shadow_port" -U postgres)

stop_pid() {  # PID [SECONDS]: SIGTERM, then SIGKILL after the grace
  local pid=$1 wait_s=${2:-10}
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((wait_s * 10))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$child_pid" 5
  stop_pid "$schemad_pid" $((grace + 10))
  for d in "$work/pg_env" "$work/pg_shadow"; do
    [ -f "$d/postmaster.pid" ] || continue
    "${as_pg[@]}" timeout 60 "$bin/pg_ctl" -D "$d" -m fast -w stop >/dev/null 2>&1 ||
      "${as_pg[@]}" timeout 30 "$bin/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
source scripts/bench/lib.sh
# utime + stime of schemad, in clock ticks.
schemad_cpu_ticks() {
  # Fields after the command name (which may hold spaces) start at field 3: utime is 14, stime 15.
  sed 's/^.*) //' "/proc/$schemad_pid/stat" | awk '{ print $12 + $13 }'
}

write_project() {
  local v=$work/project/migrations/versions
  mkdir -p "$v" "$work/project/models"
  printf '%s\n' "CREATE TABLE public.users (" \
    "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY," \
    "    email text NOT NULL UNIQUE," \
    "    created_at timestamptz NOT NULL DEFAULT now()" \
    ");" >"$v/20260101090000_create_users.up.sql"
  echo "DROP TABLE public.users;" >"$v/20260101090000_create_users.down.sql"
  printf '%s\n' "CREATE TABLE public.orders (" \
    "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY," \
    "    user_id bigint NOT NULL REFERENCES public.users (id) ON DELETE CASCADE," \
    "    total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0)" \
    ");" "" "CREATE INDEX orders_user_id_idx ON public.orders (user_id);" \
    >"$v/20260102090000_create_orders.up.sql"
  echo "DROP TABLE public.orders;" >"$v/20260102090000_create_orders.down.sql"
  echo "ALTER TABLE public.users ADD COLUMN name text;" >"$v/20260103090000_add_users_name.up.sql"
  echo "ALTER TABLE public.users DROP COLUMN name;" >"$v/20260103090000_add_users_name.down.sql"
  printf '%s\n' "CREATE VIEW public.user_totals AS" \
    " SELECT u.id, u.email, coalesce(sum(o.total), 0) AS total" \
    "   FROM public.users u LEFT JOIN public.orders o ON o.user_id = u.id" \
    "  GROUP BY u.id, u.email;" >"$v/20260104090000_user_totals.up.sql"
  echo "DROP VIEW public.user_totals;" >"$v/20260104090000_user_totals.down.sql"
  # The models: the migrations' schema plus users.nickname, the one statement Diff finds.
  cat "$v"/*.up.sql >"$work/project/models/01_schema.sql"
  echo "ALTER TABLE public.users ADD COLUMN nickname text;" >>"$work/project/models/01_schema.sql"
  step "$schemactl" rehash --migrations-dir "$work/project/migrations" >/dev/null
}
current_version=20260104090000  # the last migration above
diff_statements=1               # ADD COLUMN nickname

start_pg() {  # NAME PORT
  "${as_pg[@]}" timeout "$step_timeout" "$bin/initdb" -D "$work/pg_$1" -U postgres --auth=trust \
    --no-locale -E UTF8 --no-sync >/dev/null
  # fsync off: throw-away servers, and the figures are schemad's, not the disk's.
  "${as_pg[@]}" timeout "$step_timeout" "$bin/pg_ctl" -D "$work/pg_$1" -l "$work/pg_$1.log" -w \
    -o "-p $2 -k $work -c listen_addresses='' -c fsync=off -c max_connections=300" start >/dev/null
}

start_schemad() {
  cat >"$work/schemad.yaml" <<EOF
server:
  listen: unix:$schemad_sock
  metrics_listen: 127.0.0.1:0
  state_dir: $work/state
  shutdown_grace_seconds: $grace
projects:
  bench:
    models_dir: project/models
    migrations_dir: project/migrations
    shadow_database:
      host: $work
      port: $shadow_port
      dbname: postgres
      user: postgres
      sslmode: disable
    environments:
      bench:
        database:
          host: $work
          port: $env_port
          dbname: bench
          user: postgres
          sslmode: disable
EOF
  launch_schemad "$work" "$schemad"
  metrics_addr=$(sed -n 's/^metrics=//p' "$work/ready")
}

setup_start() {
  write_project
  start_pg env "$env_port"
  start_pg shadow "$shadow_port"
  "${psql_env[@]}" -d postgres -c "CREATE DATABASE bench"
  start_schemad
  step "$schemactl" --server "unix:$schemad_sock" --project bench apply-migrations --env bench \
    >"$work/apply.out" 2>&1 || fail "applying the store failed: $(cat "$work/apply.out")"
  local now
  now=$("${psql_env[@]}" -d bench -At -c \
    "SELECT max(version) FROM schemaservice.migrations WHERE project = 'bench' AND status = 'applied'")
  [ "$now" = "$current_version" ] || fail "after apply-migrations the database is at '$now', expected $current_version"
}
