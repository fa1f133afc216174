#!/usr/bin/env bash
# Load benchmark (issue 13): schemad under CALLERS concurrent callers (default 16), one RPC at
# a time, on the setup of scripts/bench/load_setup.sh (throw-away PostgreSQL 15 servers on unix
# sockets, a four-migration store applied once, schemad on a unix socket). For each of History,
# ListBackups, Diff (environment -> models: one statement) and Apply on the up-to-date
# environment (a no-op), build/load_client runs RUNS times (default 3) for SECONDS (default 10)
# after a 2 s warm-up, checking every answer. Prints each run and the median of the runs
# (calls/s, p50, p99, p99.9 in ms, errors), schemad's CPU seconds per run (utime + stime from
# /proc/PID/stat) and its peak RSS per RPC (VmHWM, reset through /proc/PID/clear_refs before
# the RPC's first run). Client and server share the machine's cores, as the issue asks.
# Exit 0 when it measured (a measurement, not a gate); 1 when something failed, including any
# error or wrong answer in a run.
#   [CALLERS=16] [SECONDS=10] [RUNS=3] [RPCS="history list-backups diff apply-noop"]
#   [BUILD_DIR=build] [STEP_TIMEOUT=300] scripts/bench/load_bench.sh
# SECONDS is also bash's clock, which starts from an inherited value: read it first thing,
# from the environment (unset there means the default).
seconds=$(printenv SECONDS || echo 10)
me=load_bench
callers=${CALLERS:-16}
runs=${RUNS:-3}
rpcs=${RPCS:-history list-backups diff apply-noop}
for n in "$callers" "$seconds" "$runs"; do
  case "$n" in '' | *[!0-9]* | 0) echo "$me: CALLERS, SECONDS and RUNS must be positive integers" >&2; exit 2 ;; esac
done
source "$(dirname "$0")/load_setup.sh"
warmup=2
ticks=$(getconf CLK_TCK)

setup_start
echo "load_bench: $callers callers, $seconds s per run after a ${warmup} s warm-up, $runs runs per RPC;" \
  "$(nproc) cores shared by client and server; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
failed=0
# One load_client line -> "calls_per_s p50 p99 p999 max errors".
fields() {
  awk '/^load / { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
         print v["calls_per_s"], v["p50_ms"], v["p99_ms"], v["p999_ms"], v["max_ms"], v["errors"] }' "$1"
}
median() {  # column N of FILE
  awk -v c="$1" '{ print $c }' "$2" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
for rpc in $rpcs; do
  args=(--address "unix:$schemad_sock" --project bench --env bench --rpc "$rpc" --callers "$callers"
        --seconds "$seconds" --warmup "$warmup" --expect-version "$current_version")
  [ "$rpc" = diff ] && args+=(--from env:bench --to models --expect-statements "$diff_statements")
  : >"$work/$rpc.runs"
  echo 5 >"/proc/$schemad_pid/clear_refs" 2>/dev/null || echo "($rpc: VmHWM could not be reset: it is the peak since start)"
  for i in $(seq 1 "$runs"); do
    before=$(schemad_cpu_ticks)
    rc=0
    step_timeout=$((seconds + warmup + 120)) step "$load_client" "${args[@]}" >"$work/run.out" 2>"$work/run.err" || rc=$?
    after=$(schemad_cpu_ticks)
    cpu=$(awk -v a="$after" -v b="$before" -v t="$ticks" 'BEGIN { printf "%.1f", (a - b) / t }')
    line=$(fields "$work/run.out")
    if [ "$rc" -ne 0 ] || [ -z "$line" ]; then
      failed=1
      echo "$rpc run $i: load_client failed (exit $rc)"
      cat "$work/run.out" "$work/run.err" | head -n 12 | sed 's/^/  /'
      [ -n "$line" ] || continue
    fi
    echo "$line $cpu" >>"$work/$rpc.runs"
    read -r cps p50 p99 p999 max errors <<<"$line"
    printf '%-12s run %d: %9.1f calls/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms  errors %s  schemad CPU %s s\n' \
      "$rpc" "$i" "$cps" "$p50" "$p99" "$p999" "$max" "$errors" "$cpu"
    grep '^errors_by_code' "$work/run.out" | sed 's/^/  /' || true
  done
  [ -s "$work/$rpc.runs" ] || continue
  hwm=$(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$schemad_pid/status")
  printf '%-12s median: %9.1f calls/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms  errors %s  schemad CPU %s s/run  peak RSS %s MB\n' \
    "$rpc" "$(median 1 "$work/$rpc.runs")" "$(median 2 "$work/$rpc.runs")" "$(median 3 "$work/$rpc.runs")" \
    "$(median 4 "$work/$rpc.runs")" "$(median 5 "$work/$rpc.runs")" "$(median 6 "$work/$rpc.runs")" \
    "$(median 7 "$work/$rpc.runs")" "$hwm"
  awk '$6 > 0 { bad = 1 } END { exit bad }' "$work/$rpc.runs" || failed=1
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
kill -0 "$schemad_pid" 2>/dev/null || { tail -n 20 "$work/schemad.log" >&2; fail "schemad is gone"; }
if [ "$failed" -ne 0 ]; then
  echo "schemad's log, last lines:" >&2
  tail -n 5 "$work/schemad.log" >&2
  fail "a run failed or saw errors (above)"
fi
