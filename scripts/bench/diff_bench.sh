#!/usr/bin/env bash
# Diff benchmark: two databases of N tables (default 2000) that differ in ~5% of the tables.
# Prints the time and peak memory of `schemactl diff` between them, of one
# `pg_dump --schema-only` of one of them (the reference, measured in the same run), and the
# ratio. Target: the diff takes less time than the dump, and under 200 MB at 2000 tables.
#   scripts/bench/diff_bench.sh [TABLES]
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

# Prints "seconds max_rss_kb" of the command: the fastest of 3 runs (the least disturbed by
# the rest of the machine) and the largest peak memory. Exit 2 (differences) is success.
measure() {
  local best="" peak=0 rc
  for _ in 1 2 3; do
    rc=0
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
      echo "failed ($rc): $*" >&2
      cat "$work/err" >&2
      exit 1
    fi
    read -r s kb < <(tail -n 1 "$work/time")
    if [ -z "$best" ] || /usr/bin/python3 -c "import sys; sys.exit(0 if $s < $best else 1)"; then best=$s; fi
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  echo "$best $peak"
}
url="postgres://postgres@127.0.0.1:$port"
read -r dump_s dump_kb < <(measure "$bin/pg_dump" --schema-only -h 127.0.0.1 -p "$port" -U postgres -d bench_a)
read -r diff_s diff_kb < <(measure ./build/schemactl diff "$url/bench_a" "$url/bench_b")
statements=$(grep -c ';$' "$work/out" || true)
echo
printf 'tables: %s; statements in the plan: %s; best of 3 runs each\n' "$tables" "$statements"
printf 'pg_dump --schema-only (one database): %6.2f s  %6d MB peak\n' "$dump_s" $((dump_kb / 1024))
printf 'schemactl diff (both databases):      %6.2f s  %6d MB peak\n' "$diff_s" $((diff_kb / 1024))
ratio=$(/usr/bin/python3 -c "print(f'{$diff_s / max($dump_s, 0.001):.2f}')")
printf 'ratio diff / pg_dump: %s (target < 1.00); memory target < 200 MB\n' "$ratio"
