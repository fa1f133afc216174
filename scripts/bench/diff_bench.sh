#!/usr/bin/env bash
# Diff benchmark: for each size in TABLES (default 2000), two databases of that many tables
# (scripts/bench/gen_schema.py: a production schema's density) that differ in ~5% of the
# tables. Runs `schemactl diff` between them and one `pg_dump --schema-only` of one of them
# (the reference) in alternation, RUNS rounds (default 5), and prints every round (times, peak
# memory, ratio) and, per size, the median time with the spread (min-max), the largest peak
# memory, and the median of the per-round ratios: diff and reference measured in the same run.
# Targets (README, "Benchmark"): ratio <= 1.00 at 2,000 and 10,000 tables; < 500 MB peak.
# BASELINE=path/to/an/older/schemactl adds it to every round, for before/after in the same run.
#   [RUNS=N] [BASELINE=BIN] scripts/bench/diff_bench.sh [TABLES...]   e.g. ... 2000 10000
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000)
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
runs=${RUNS:-5}
url="postgres://postgres@127.0.0.1:$port"
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
: >"$work/summary"
for tables in "${sizes[@]}"; do
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS bench_a" -c "DROP DATABASE IF EXISTS bench_b" \
    -c "CREATE DATABASE bench_a" -c "CREATE DATABASE bench_b"
  echo "generating and loading two schemas of $tables tables..."
  /usr/bin/python3 scripts/bench/gen_schema.py --tables "$tables" > "$work/a.sql"
  /usr/bin/python3 scripts/bench/gen_schema.py --tables "$tables" --changed > "$work/b.sql"
  "${psql[@]}" -d bench_a -f "$work/a.sql"
  "${psql[@]}" -d bench_b -f "$work/b.sql"
  # Each database's own catalogs: a freshly loaded one has no statistics for pg_class,
  # pg_attribute and the rest until autovacuum reaches them, at some round or none, and the
  # plans of both programs' catalog queries change with them.
  "${psql[@]}" -d bench_a -c "VACUUM ANALYZE" >/dev/null
  "${psql[@]}" -d bench_b -c "VACUUM ANALYZE" >/dev/null
  : >"$work/dump.times"
  : >"$work/diff.times"
  : >"$work/base.times"
  # Alternating rounds: the reference and the diff see the same state of the machine.
  for round in $(seq 1 "$runs"); do
    measure_once "$work/dump.times" "$bin/pg_dump" --schema-only -h 127.0.0.1 -p "$port" -U postgres -d bench_a
    measure_once "$work/diff.times" ./build/schemactl diff "$url/bench_a" "$url/bench_b"
    if [ -n "${BASELINE:-}" ]; then
      measure_once "$work/base.times" "$BASELINE" diff "$url/bench_a" "$url/bench_b"
      echo "  round $round: pg_dump $(tail -n 1 "$work/dump.times"), diff $(tail -n 1 "$work/diff.times"), baseline $(tail -n 1 "$work/base.times") (s, peak kB)"
    else
      echo "  round $round: pg_dump $(tail -n 1 "$work/dump.times"), diff $(tail -n 1 "$work/diff.times") (s, peak kB)"
    fi
  done
  statements=$(grep -c ';$' "$work/out" || true)
  /usr/bin/python3 - "$tables" "$statements" "$runs" "$work/dump.times" "$work/diff.times" "$(uptime)" "$work/base.times" <<'PY' | tee -a "$work/summary"
import statistics, sys
tables, statements, runs, dump_file, diff_file, uptime, base_file = sys.argv[1:]
def load(path):
    rows = [line.split() for line in open(path) if line.strip()]
    return [float(r[0]) for r in rows], [int(r[1]) for r in rows]
dump_s, dump_kb = load(dump_file)
diff_s, diff_kb = load(diff_file)
print(f"\ntables: {tables}; statements in the plan: {statements}; {runs} alternating runs each, median (min-max)")
for name, s, kb in (("pg_dump --schema-only (one database):", dump_s, dump_kb),
                    ("schemactl diff (both databases):     ", diff_s, diff_kb)):
    print(f"{name} {statistics.median(s):6.2f} s ({min(s):.2f}-{max(s):.2f})  {max(kb) // 1024:4d} MB peak")
ratios = [d / max(p, 0.001) for d, p in zip(diff_s, dump_s)]
base_s, base_kb = load(base_file)
if base_s:
    print(f"baseline schemactl diff (BASELINE):   {statistics.median(base_s):6.2f} s ({min(base_s):.2f}-{max(base_s):.2f})  {max(base_kb) // 1024:4d} MB peak")
    base_ratios = [b / max(p, 0.001) for b, p in zip(base_s, dump_s)]
    print(f"ratio baseline / pg_dump: median {statistics.median(base_ratios):.2f} ({min(base_ratios):.2f}-{max(base_ratios):.2f})")
print(f"ratio diff / pg_dump per round: {' '.join(f'{r:.2f}' for r in ratios)}")
print(f"ratio diff / pg_dump: median {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}) "
      "(target <= 1.00); memory target < 500 MB")
print(f"load at the end:{uptime.split('load')[-1]}")
PY
done
echo
echo "=== summary ==="
cat "$work/summary"
