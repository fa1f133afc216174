#!/usr/bin/env bash
# Diff benchmark: two databases of N tables (default 2000) that differ in ~5% of the tables.
# Runs `schemactl diff` between them and one `pg_dump --schema-only` of one of them (the
# reference) in alternation, RUNS rounds (default 7), and prints for each the median time, the
# spread (min-max) and the largest peak memory, and the median of the per-round ratios.
# Target: the diff takes less time than the dump, and under 200 MB at 2000 tables.
#   [RUNS=N] scripts/bench/diff_bench.sh [TABLES]
set -euo pipefail
cd "$(dirname "$0")/../.."
tables=${1:-2000}
[ -x build/schemactl ] || bash scripts/build.sh >/dev/null
bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d)
chmod 0755 "$work"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() { "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${KEEP_BENCH_OUTPUT:-}" ] && trap 'cp "$work/out" /tmp/bench_plan.sql; cleanup' EXIT

"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres --auth=trust --no-locale -E UTF8 --no-sync >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_locks_per_transaction=1024" start >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE bench_a" -c "CREATE DATABASE bench_b"
echo "generating and loading two schemas of $tables tables..."
/usr/bin/python3 scripts/bench/gen_schema.py --tables "$tables" > "$work/a.sql"
/usr/bin/python3 scripts/bench/gen_schema.py --tables "$tables" --changed > "$work/b.sql"
"${psql[@]}" -d bench_a -f "$work/a.sql"
"${psql[@]}" -d bench_b -f "$work/b.sql"

runs=${RUNS:-7}
# Appends "seconds max_rss_kb" of one run of the command to FILE. Exit 2 (differences) is
# success.
measure_once() {
  local file=$1 rc=0
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
    echo "failed ($rc): $*" >&2
    cat "$work/err" >&2
    exit 1
  fi
  tail -n 1 "$work/time" >>"$file"
}
url="postgres://postgres@127.0.0.1:$port"
: >"$work/dump.times"
: >"$work/diff.times"
# Alternating rounds: the reference and the diff see the same state of the machine.
for _ in $(seq 1 "$runs"); do
  measure_once "$work/dump.times" "$bin/pg_dump" --schema-only -h 127.0.0.1 -p "$port" -U postgres -d bench_a
  measure_once "$work/diff.times" ./build/schemactl diff "$url/bench_a" "$url/bench_b"
done
statements=$(grep -c ';$' "$work/out" || true)
echo
/usr/bin/python3 - "$tables" "$statements" "$runs" "$work/dump.times" "$work/diff.times" <<'PY'
import statistics, sys
tables, statements, runs, dump_file, diff_file = sys.argv[1:]
def load(path):
    rows = [line.split() for line in open(path) if line.strip()]
    return [float(r[0]) for r in rows], [int(r[1]) for r in rows]
dump_s, dump_kb = load(dump_file)
diff_s, diff_kb = load(diff_file)
print(f"tables: {tables}; statements in the plan: {statements}; {runs} alternating runs each, median (min-max)")
for name, s, kb in (("pg_dump --schema-only (one database):", dump_s, dump_kb),
                    ("schemactl diff (both databases):     ", diff_s, diff_kb)):
    print(f"{name} {statistics.median(s):6.2f} s ({min(s):.2f}-{max(s):.2f})  {max(kb) // 1024:4d} MB peak")
ratios = [d / max(p, 0.001) for d, p in zip(diff_s, dump_s)]
print(f"ratio diff / pg_dump: median {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}) "
      "(target < 1.00); memory target < 200 MB")
PY
