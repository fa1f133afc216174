#!/usr/bin/env bash
# Backup benchmark: a database of about SIZE_GB (default 1; pg_database_size, indexes included)
# of mixed data (customers, orders, events with jsonb, documents with long text; bigint ids,
# numeric, timestamptz, text, jsonb, btree indexes and a foreign key), made server-side with
# generate_series, on a throw-away PostgreSQL 15 (fsync off; unix socket only). It is backed up
# by `schemactl create-backup` through a schemad (release build, listening on 127.0.0.1 at a
# port the kernel picks; pg_dump -Fc streamed through it, hashed, written to backup_dir,
# fsynced, read back by pg_restore --list, manifest), and, as the reference, by
# `pg_dump -Fc -f FILE` run alone: the same pg_dump binary, the same database, the same folder
# (pg_dump fsyncs its file too). RUNS rounds (default 3), the order alternating; each backup is
# removed from the store after its run. During each backup schemad's VmRSS is sampled every
# 0.1 s and its VmHWM (reset just before through /proc/PID/clear_refs) read after.
# Prints each run and the medians: seconds and CPU seconds of each side, the ratio
# backup / reference (target: the median of the per-run ratios <= 1.10; each run's two sides
# ran back to back, so their ratio moves least with what else the machine does), schemad's RSS
# before and its peak during the backup (target: growth <= 64 MB in every run), the archive
# sizes (within 5% of each other, else the comparison is void). pg_dump's compression is the
# critical path (one core); on a 2-core machine other jobs move single runs by 10-20%.
# Exit 0 when both targets are met; 3 when one is not (the message says which); 1 when
# something failed. Takes about 1 minute to load plus ~1 minute per run at 1 GB.
#   [SIZE_GB=1] [RUNS=3] [BUILD_DIR=build] [STEP_TIMEOUT=1800] scripts/bench/backup_bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
size_gb=${SIZE_GB:-1}
runs=${RUNS:-3}
build_dir=${BUILD_DIR:-build}
step_timeout=${STEP_TIMEOUT:-1800}  # seconds any one timed step may take
max_ratio=1.10
max_growth_mb=64
case "$runs" in '' | *[!0-9]* | 0) echo "RUNS must be a positive number" >&2; exit 2 ;; esac
/usr/bin/python3 -c 'import sys; v = float(sys.argv[1]); sys.exit(0 if 0.001 <= v <= 100 else 1)' "$size_gb" \
  2>/dev/null || { echo "SIZE_GB must be a number between 0.001 and 100" >&2; exit 2; }
if [ ! -x "$build_dir/schemactl" ] || [ ! -x "$build_dir/schemad" ]; then
  BUILD_DIR=$build_dir bash scripts/build.sh >/dev/null
fi
schemactl=$(realpath "$build_dir/schemactl")
schemad=$(realpath "$build_dir/schemad")
bin=/usr/lib/postgresql/15/bin
pg_dump=$bin/pg_dump
[ -x "$pg_dump" ] || { echo "backup_bench: $pg_dump is missing (PostgreSQL 15 client programs)" >&2; exit 1; }
work=$(mktemp -d -t backup_bench.XXXXXX)
chmod 0755 "$work"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
port=5432  # unix socket only, in a folder of our own: no TCP port is opened for PostgreSQL
schemad_pid=
child_pid=    # the timed step running now
sampler_pid=  # the RSS sampler
stop_pid() {  # PID [SECONDS]: SIGTERM, then SIGKILL after the grace
  local pid=$1 grace=${2:-10}
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((grace * 10))); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$sampler_pid" 1
  stop_pid "$child_pid" 5
  stop_pid "$schemad_pid" 30  # its grace is 5 s (config below): a cancelled backup stops its pg_dump
  if [ -f "$work/data/postmaster.pid" ]; then
    "${as_pg[@]}" timeout 60 "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 ||
      "${as_pg[@]}" timeout 30 "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
me=backup_bench
source scripts/bench/lib.sh

# --- PostgreSQL and the data ----------------------------------------------------------------
"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres --auth=trust --no-locale -E UTF8 --no-sync >/dev/null
# wal_level=minimal: tables created and filled in one transaction skip the WAL (fast load).
"${as_pg[@]}" timeout 120 "$bin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w \
  -o "-p $port -k $work -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=8GB \
      -c shared_buffers=256MB -c maintenance_work_mem=256MB" start >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$work" -p "$port" -U postgres)
sql() { timeout 3600 "${psql[@]}" "$@" || fail "psql failed ($?)"; }  # the untimed steps
sql -d postgres -c "CREATE DATABASE bench"

# Rows per GB measured on this generator (pg_database_size, indexes included).
rows() { /usr/bin/python3 -c 'import sys; print(max(100, round(float(sys.argv[1]) * int(sys.argv[2]))))' "$size_gb" "$1"; }
customers=$(rows 840000)
orders=$(rows 2510000)
events=$(rows 840000)
documents=$(rows 84000)
echo "loading about $size_gb GB: $customers customers, $orders orders, $events events, $documents documents..."
load_start=$EPOCHREALTIME
sql -d bench -v customers="$customers" -v orders="$orders" -v events="$events" -v documents="$documents" <<'SQL'
BEGIN;
CREATE TABLE public.customers (
  id bigint NOT NULL,
  email text NOT NULL,
  full_name text NOT NULL,
  country text NOT NULL,
  created_at timestamptz NOT NULL,
  balance numeric(12,2) NOT NULL,
  active boolean NOT NULL DEFAULT true
);
INSERT INTO public.customers
SELECT g,
       'user' || g || '@' || (ARRAY['example.com', 'mail.test', 'corp.example', 'shop.test'])[1 + g % 4],
       f[1 + (random() * 19)::int] || ' ' || l[1 + (random() * 19)::int],
       (ARRAY['DE', 'FR', 'US', 'GB', 'NL', 'PL', 'ES', 'IT', 'SE', 'JP'])[1 + (random() * 9)::int],
       timestamptz '2019-01-01 00:00+00' + random() * interval '5 years',
       round((random() * 10000)::numeric, 2),
       random() < 0.9
  FROM generate_series(1, :customers) g,
       (SELECT ARRAY['Anna', 'Ben', 'Chloe', 'David', 'Emma', 'Felix', 'Grace', 'Hugo', 'Ines', 'Jonas',
                     'Karin', 'Liam', 'Mia', 'Noah', 'Olga', 'Paul', 'Rosa', 'Sven', 'Tara', 'Yusuf'] AS f,
               ARRAY['Schmidt', 'Martin', 'Smith', 'Jones', 'de Vries', 'Nowak', 'Garcia', 'Rossi', 'Berg',
                     'Tanaka', 'Müller', 'Dubois', 'Brown', 'Jansen', 'Kowalski', 'Lopez', 'Bianchi',
                     'Lind', 'Sato', 'Weber'] AS l) names;
COMMIT;

BEGIN;
CREATE TABLE public.orders (
  id bigint NOT NULL,
  customer_id bigint NOT NULL,
  placed_at timestamptz NOT NULL,
  status text NOT NULL,
  total numeric(12,2) NOT NULL,
  currency text NOT NULL,
  shipping_address text NOT NULL,
  note text
);
INSERT INTO public.orders
SELECT g,
       1 + (random() * (:customers - 1))::bigint,
       timestamptz '2020-01-01 00:00+00' + random() * interval '4 years',
       (ARRAY['new', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'])[1 + (random() * 5)::int],
       round((random() * 900 + 5)::numeric, 2),
       (ARRAY['EUR', 'USD', 'GBP', 'PLN', 'SEK'])[1 + (random() * 4)::int],
       (1 + g % 997) || ' ' || s[1 + (random() * 9)::int] || ', ' || (10000 + (random() * 89999)::int) || ' '
         || c[1 + (random() * 9)::int],
       CASE WHEN random() < 0.2 THEN
         (ARRAY['leave at the door', 'call before delivery', 'gift wrap please', 'fragile: glass inside',
                'deliver after 6 pm', 'second floor, ring twice'])[1 + (random() * 5)::int] END
  FROM generate_series(1, :orders) g,
       (SELECT ARRAY['Main Street', 'High Street', 'Station Road', 'Church Lane', 'Park Avenue',
                     'Mill Road', 'Lindenweg', 'Rue de la Paix', 'Via Roma', 'Kungsgatan'] AS s,
               ARRAY['Berlin', 'Paris', 'London', 'Amsterdam', 'Warsaw', 'Madrid', 'Rome', 'Stockholm',
                     'Osaka', 'Boston'] AS c) places;
COMMIT;

BEGIN;
CREATE TABLE public.events (
  id bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL,
  customer_id bigint,
  payload jsonb NOT NULL
);
INSERT INTO public.events
SELECT g,
       timestamptz '2023-01-01 00:00+00' + g * interval '20 ms' + random() * interval '1 s',
       (ARRAY['page_view', 'search', 'add_to_cart', 'checkout', 'login', 'logout'])[1 + (random() * 5)::int],
       CASE WHEN random() < 0.8 THEN 1 + (random() * (:customers - 1))::bigint END,
       jsonb_build_object(
         'session', md5(g::text),
         'ip', '10.' || (g % 256) || '.' || ((g / 256) % 256) || '.' || (random() * 255)::int,
         'agent', (ARRAY['Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0',
                         'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15',
                         'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/123.0',
                         'okhttp/4.12.0'])[1 + (random() * 3)::int],
         'path', '/products/' || (random() * 50000)::int,
         'amount', round((random() * 500)::numeric, 2),
         'items', jsonb_build_array(jsonb_build_object('sku', 'SKU-' || (random() * 99999)::int,
                                                       'qty', 1 + (random() * 4)::int),
                                    jsonb_build_object('sku', 'SKU-' || (random() * 99999)::int,
                                                       'qty', 1 + (random() * 4)::int)),
         'flags', jsonb_build_object('mobile', random() < 0.4, 'beta', random() < 0.05))
  FROM generate_series(1, :events) g;
COMMIT;

BEGIN;
CREATE TABLE public.documents (
  id bigint NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  updated_at timestamptz NOT NULL
);
-- Bodies of 40 to 400 words (0.3 to 3 kB: the longer ones are compressed in TOAST).
INSERT INTO public.documents
SELECT g,
       'Document ' || g || ': ' || w[1 + (random() * 39)::int] || ' ' || w[1 + (random() * 39)::int],
       (SELECT string_agg(w[1 + (random() * 39 + 0 * n)::int], ' ') FROM generate_series(1, 40 + (g * 7919) % 361) n),
       timestamptz '2021-01-01 00:00+00' + random() * interval '3 years'
  FROM generate_series(1, :documents) g,
       (SELECT ARRAY['the', 'schema', 'migration', 'database', 'backup', 'restore', 'table', 'index',
                     'customer', 'order', 'invoice', 'payment', 'shipping', 'warehouse', 'report',
                     'quarterly', 'revenue', 'forecast', 'policy', 'review', 'approved', 'pending',
                     'with', 'and', 'for', 'of', 'in', 'on', 'a', 'to', 'is', 'was', 'will', 'be',
                     'changed', 'updated', 'new', 'old', 'team', 'release'] AS w) words;
COMMIT;

ALTER TABLE public.customers ADD PRIMARY KEY (id);
CREATE UNIQUE INDEX customers_email_key ON public.customers (email);
ALTER TABLE public.orders ADD PRIMARY KEY (id);
CREATE INDEX orders_customer_id_idx ON public.orders (customer_id);
CREATE INDEX orders_placed_at_idx ON public.orders (placed_at);
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey
  FOREIGN KEY (customer_id) REFERENCES public.customers (id);
ALTER TABLE public.events ADD PRIMARY KEY (id);
CREATE INDEX events_kind_occurred_at_idx ON public.events (kind, occurred_at);
ALTER TABLE public.documents ADD PRIMARY KEY (id);
CREATE INDEX documents_updated_at_idx ON public.documents (updated_at);
VACUUM ANALYZE;
CHECKPOINT;
SQL
db_bytes=$(sql -d bench -At -c "SELECT pg_database_size('bench')")
load_s=$(awk -v a="$load_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
echo "database bench: $(sql -d bench -At -c "SELECT pg_size_pretty(pg_database_size('bench'))")" \
  "($db_bytes bytes; loaded in $load_s s); per table (heap+toast, indexes):"
sql -d bench -At -F ' ' -c "
  SELECT format('  %-10s %9s rows %8s %8s', relname, reltuples::bigint,
                pg_size_pretty(pg_table_size(oid)), pg_size_pretty(pg_indexes_size(oid)))
    FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname"

# --- schemad ---------------------------------------------------------------------------------
mkdir -p "$work/project/models" "$work/project/migrations" "$work/backups" "$work/ref"
cat >"$work/schemad.yaml" <<EOF
server:
  listen: 127.0.0.1:0
  metrics_listen: ""
  state_dir: $work/state
  shutdown_grace_seconds: 5
  max_call_seconds: $step_timeout
postgres:
  bin_dirs:
    15: $bin
projects:
  bench:
    models_dir: project/models
    migrations_dir: project/migrations
    backup_dir: backups
    environments:
      bench:
        database:
          host: $work
          port: $port
          dbname: bench
          user: postgres
          sslmode: disable
        backup_keep: 1000
EOF
launch_schemad "$work" "$schemad" --listen 127.0.0.1:0 --metrics-listen 127.0.0.1:0
grpc=$(sed -n 's/^grpc=//p' "$work/ready")
store="$work/backups/bench/bench"

# --- the runs --------------------------------------------------------------------------------
cpu_ticks() { awk '{ print $14 + $15, $16 + $17 }' "/proc/$schemad_pid/stat"; }  # self, children
status_kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$schemad_pid/status"; }
# VmRSS of schemad every 0.1 s into FILE until killed; bash builtins only, so it costs nothing.
sample_rss() {
  local k v rest
  while :; do
    while read -r k v rest; do
      if [ "$k" = VmRSS: ]; then echo "$v"; break; fi
    done <"/proc/$schemad_pid/status" || return 0
    sleep 0.1
  done
}
: >"$work/runs.tsv"
hwm_reset=yes
run_reference() {
  rm -f "$work/ref/bench.dump"
  local start end rc=0
  start=$EPOCHREALTIME
  step /usr/bin/time -f '%U %S' -o "$work/ref.time" \
    "$pg_dump" -Fc -f "$work/ref/bench.dump" -h "$work" -p "$port" -U postgres -d bench 2>"$work/ref.err" || rc=$?
  end=$EPOCHREALTIME
  [ "$rc" -eq 0 ] || fail "pg_dump -Fc failed ($rc): $(tail -n 5 "$work/ref.err")"
  ref_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  ref_bytes=$(stat -c %s "$work/ref/bench.dump")
  ref_cpu=$(awk 'END { printf "%.2f", $1 + $2 }' "$work/ref.time")
  rm -f "$work/ref/bench.dump"
}
run_backup() {
  local i=$1 start end rc=0 id manifest
  rss_before=$(status_kb VmRSS)
  hwm_before=$(status_kb VmHWM)
  # 5 resets VmHWM to the current RSS (Linux >= 4.0): the peak read after is this backup's.
  echo 5 >"/proc/$schemad_pid/clear_refs" 2>/dev/null || hwm_reset=no
  local cpu_before
  cpu_before=$(cpu_ticks)
  sample_rss >"$work/rss.$i" &
  sampler_pid=$!
  start=$EPOCHREALTIME
  step "$schemactl" --server "$grpc" --project bench create-backup --env bench --reason "backup_bench run $i" \
    >"$work/backup.out" 2>"$work/backup.err" || rc=$?
  end=$EPOCHREALTIME
  # schemad's own CPU (streaming, SHA-256, catalog reads) and its reaped children's (pg_dump,
  # pg_restore --list), in seconds.
  read -r self_cpu child_cpu < <(echo "$cpu_before $(cpu_ticks)" |
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f %.2f\n", ($3 - $1) / hz, ($4 - $2) / hz }')
  stop_pid "$sampler_pid" 1
  sampler_pid=
  if [ "$rc" -ne 0 ]; then
    echo "schemactl create-backup failed ($rc): $(tail -n 3 "$work/backup.err"); schemad's log:" >&2
    tail -n 5 "$work/schemad.log" >&2
    fail "backup run failed"
  fi
  bak_s=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  local hwm_after sampled
  hwm_after=$(status_kb VmHWM)
  sampled=$(sort -n "$work/rss.$i" | tail -n 1)
  [ "$hwm_reset" = yes ] || hwm_after=${sampled:-0}  # VmHWM since start says nothing of this run
  peak_kb=$(( ${sampled:-0} > hwm_after ? ${sampled:-0} : hwm_after ))
  samples=$(wc -l <"$work/rss.$i")
  # The newest manifest is this run's; its archive is what we compare.
  manifest=$(ls -t "$store"/*.manifest.yaml 2>/dev/null | head -n 1)
  [ -n "$manifest" ] || fail "no manifest in $store after the backup"
  id=$(basename "$manifest" .manifest.yaml)
  bak_bytes=$(stat -c %s "$store/$id.dump")
  grep -q "^size_bytes: $bak_bytes\$" "$manifest" ||
    fail "manifest $manifest does not record the archive's $bak_bytes bytes"
  grep -q "pg_dump_version: .*$("$pg_dump" --version | awk '{ print $NF }')" "$manifest" ||
    fail "schemad used another pg_dump than $pg_dump: $(grep pg_dump_version "$manifest")"
  server_ms=$(sed -n 's/^duration_ms: //p' "$manifest")
  rm -f "$store/$id.dump" "$manifest"  # the store is as before: no retention, no space used
}

echo "schemad $grpc (pid $schemad_pid), $runs alternating runs; pg_dump: $("$pg_dump" --version);" \
  "load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  if [ $((i % 2)) -eq 1 ]; then
    run_backup "$i"
    run_reference
    first=backup
  else
    run_reference
    run_backup "$i"
    first=pg_dump
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$first" "$ref_s" "$bak_s" "$rss_before" \
    "$hwm_before" "$peak_kb" "$samples" "$ref_bytes" "$bak_bytes" "${server_ms:-0}" "$ref_cpu" "$self_cpu" \
    "$child_cpu" >>"$work/runs.tsv"
  awk -F '\t' -v n="$i" '$1 == n {
      printf "run %d (%s first): pg_dump -Fc %6.2f s (CPU %.1f s)  create-backup %6.2f s (schemad %.2f s;" \
             " CPU pg_dump+pg_restore %.1f s, schemad %.1f s)  ratio %.3f\n", $1, $2, $3, $12, $4, $11 / 1000,
             $14, $13, $4 / $3
      printf "      schemad RSS %.1f MB before, peak %.1f MB during (%+.1f MB, %d samples);" \
             " archives %.1f MB (pg_dump) / %.1f MB (backup)\n",
             $5 / 1024, $7 / 1024, ($7 - $5) / 1024, $8, $9 / 1048576, $10 / 1048576 }' "$work/runs.tsv"
done
echo "load average at end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
[ "$hwm_reset" = yes ] || echo "(VmHWM could not be reset: peaks are the 0.1 s samples)"
echo
rc=0
/usr/bin/python3 - "$work/runs.tsv" "$db_bytes" "$max_ratio" "$max_growth_mb" <<'PY' || rc=$?
import statistics, sys
path, db_bytes, max_ratio, max_growth_mb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rows = [line.rstrip("\n").split("\t") for line in open(path) if line.strip()]
col = lambda i, f=float: [f(r[i]) for r in rows]
ref, bak, server = col(2), col(3), [ms / 1000 for ms in col(10)]
before, hwm_before, peak = ([kb / 1024 for kb in col(i)] for i in (4, 5, 6))
growth = [p - b for p, b in zip(peak, before)]
ref_mb, bak_mb = ([b / 1048576 for b in col(i)] for i in (8, 9))
ref_cpu, self_cpu, child_cpu = col(11), col(12), col(13)
med = statistics.median
span = lambda v: f"{med(v):7.2f} s ({min(v):.2f}-{max(v):.2f})"
# Each run's two sides ran back to back: their ratio is the figure least moved by what else
# the machine does; the ratio of the medians is printed too.
ratios = [b / max(r, 0.001) for b, r in zip(bak, ref)]
ratio = med(ratios)
print(f"database: {db_bytes / 1048576:.0f} MB (pg_database_size); {len(rows)} alternating runs, median (min-max)")
print(f"pg_dump -Fc -f FILE (alone):          {span(ref)}  CPU {med(ref_cpu):.1f} s  archive {med(ref_mb):.1f} MB")
print(f"schemactl create-backup (end to end): {span(bak)}  CPU {med(child_cpu):.1f} s pg_dump+pg_restore,"
      f" {med(self_cpu):.1f} s schemad  archive {med(bak_mb):.1f} MB")
print(f"  (schemad's own duration_ms in the manifest: {span(server)})")
print(f"ratio create-backup / pg_dump: median {ratio:.3f} (per run {min(ratios):.3f}-{max(ratios):.3f};"
      f" ratio of the medians {med(bak) / max(med(ref), 0.001):.3f}); target <= {max_ratio:.2f}:"
      f" {'met' if ratio <= max_ratio else 'NOT met'}")
print(f"schemad RSS: {med(before):.1f} MB before the backup (VmHWM since start {max(hwm_before):.1f} MB),"
      f" peak during {med(peak):.1f} MB (max {max(peak):.1f} MB); growth median {med(growth):+.1f} MB,"
      f" max {max(growth):+.1f} MB; target <= {max_growth_mb:.0f} MB: {'met' if max(growth) <= max_growth_mb else 'NOT met'}")
size_diff = max(abs(b - r) / r for b, r in zip(bak_mb, ref_mb))
print(f"archive sizes differ by at most {100 * size_diff:.2f}%")
if size_diff > 0.05:
    print("backup_bench: the archives differ by more than 5%: the two sides did not dump the same thing",
          file=sys.stderr)
    sys.exit(1)
failed = []
if ratio > max_ratio:
    failed.append(f"time: median ratio {ratio:.3f} > {max_ratio:.2f}")
if max(growth) > max_growth_mb:
    failed.append(f"memory: schemad's RSS grew by {max(growth):.1f} MB > {max_growth_mb:.0f} MB")
if failed:
    print("backup_bench: targets NOT met: " + "; ".join(failed), file=sys.stderr)
    sys.exit(3)
PY
exit "$rc"
