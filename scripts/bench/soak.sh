#!/usr/bin/env bash
# Soak (issue 13): SECONDS (default 600) of mixed load on the setup of
# scripts/bench/load_setup.sh: build/load_client with CALLERS callers (default 8) calling
# History, Diff (environment -> models, one statement) and Apply on the up-to-date environment
# in turn, cancelling every tenth call shortly after it starts, every answer checked; plus a
# /metrics scrape every 5 s (bash /dev/tcp). Every 5 s it samples schemad's RSS (VmRSS), its
# open fds (/proc/PID/fd), the connections to the environment's database (pg_stat_activity)
# and the shadow databases present (named schemad_shadow_*, service/executor/shadow.cc).
# At the end: the RSS slope (least squares over the second half, the first being warm-up), fds
# and connections first/last/max, shadow databases left once the load has stopped, calls and
# errors; then SIGTERM, and schemad must exit, with status 0, within its shutdown grace.
# Each check prints PASS or FAIL; exit 1 when any fails (or a step fails), else 0:
#   errors          no failed call, wrong answer or failed scrape
#   cancellations   some calls ended CANCELLED by the client (the path was exercised)
#   rss slope       <= RSS_SLOPE_MAX_KB_PER_MIN (default 1024) over the second half
#   fds, conns      the second half's maximum <= the first half's + FD_GROWTH_MAX (default 16)
#                   / CONN_GROWTH_MAX (default 8): concurrency makes single samples vary, a
#                   leak makes the level climb; and once the load has stopped, no more than
#                   that first-half maximum (a pool may keep what the load needed, not more)
#   shadows         no schemad_shadow_* database left 15 s after the load stopped
#   exit            gone within server.shutdown_grace_seconds of SIGTERM, status 0
#   [CALLERS=8] [BUILD_DIR=build] [STEP_TIMEOUT=300] scripts/bench/soak.sh [SECONDS]
duration=${1:-600}
case "$duration" in '' | *[!0-9]* | 0 | ?) echo "soak: SECONDS must be an integer >= 10" >&2; exit 2 ;; esac
me=soak
callers=${CALLERS:-8}
rss_slope_max=${RSS_SLOPE_MAX_KB_PER_MIN:-1024}
fd_growth_max=${FD_GROWTH_MAX:-16}
conn_growth_max=${CONN_GROWTH_MAX:-8}
interval=5
source "$(dirname "$0")/load_setup.sh"

setup_start
echo "soak: $duration s, $callers callers, mix of History / Diff / Apply no-op, every 10th call" \
  "cancelled; sampling every $interval s; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# "fds env_conns shadow_dbs" now.
counts() {
  local fds conns shadows
  fds=$(ls "/proc/$schemad_pid/fd" | wc -l)
  conns=$("${psql_env[@]}" -d postgres -At -c \
    "SELECT count(*) FROM pg_stat_activity WHERE datname = 'bench'") || conns=NA
  shadows=$("${psql_shadow[@]}" -d postgres -At -c \
    "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemad\_shadow\_%'") || shadows=NA
  echo "$fds $conns $shadows"
}
metrics_host=${metrics_addr%:*} metrics_port=${metrics_addr##*:}
scrapes=0 scrape_failures=0
scrape() {
  scrapes=$((scrapes + 1))
  # A subshell: a refused connection fails it, not this script.
  if ! (exec 3<>"/dev/tcp/$metrics_host/$metrics_port" &&
        printf 'GET /metrics HTTP/1.0\r\nHost: %s\r\n\r\n' "$metrics_host" >&3 &&
        timeout 5 cat <&3) >"$work/scrape.out" 2>/dev/null ||
     ! head -n 1 "$work/scrape.out" | grep -q '^HTTP/1\.[01] 200' ||
     ! grep -q '^schemad_rpc_requests_total{' "$work/scrape.out"; then
    scrape_failures=$((scrape_failures + 1))
    echo "scrape $scrapes failed: $(head -c 200 "$work/scrape.out" | head -n 1)"
  fi
}

idle_before=$(counts)
timeout $((duration + 120)) "$load_client" --address "unix:$schemad_sock" --project bench --env bench \
  --rpc mix --callers "$callers" --seconds "$duration" --warmup 0 --cancel-every 10 \
  --from env:bench --to models --expect-statements "$diff_statements" \
  --expect-version "$current_version" >"$work/load.out" 2>"$work/load.err" &
child_pid=$!
start=$EPOCHREALTIME
: >"$work/samples"  # t_s rss_kb fds conns shadow_dbs threads
next=$interval
while kill -0 "$child_pid" 2>/dev/null; do
  now=$(awk -v a="$EPOCHREALTIME" -v b="$start" 'BEGIN { print a - b }')
  if awk -v n="$now" -v t="$next" 'BEGIN { exit !(n >= t) }'; then
    kill -0 "$schemad_pid" 2>/dev/null || { tail -n 20 "$work/schemad.log" >&2; fail "schemad died during the soak"; }
    read -r rss threads <<<"$(awk '/^VmRSS/ { r = $2 } /^Threads/ { t = $2 } END { print r, t }' \
      "/proc/$schemad_pid/status")"
    echo "$now $rss $(counts) $threads" >>"$work/samples"
    scrape
    next=$((next + interval))
  fi
  sleep 0.2
done
rc=0
wait "$child_pid" || rc=$?
child_pid=
cat "$work/load.out"
sed 's/^/  /' "$work/load.err" | head -n 10

# Once the load has stopped: shadows still being dropped get 15 s.
for _ in $(seq 1 75); do
  read -r _ _ shadows_left <<<"$(counts)"
  [ "$shadows_left" = 0 ] && break
  sleep 0.2
done
sleep 2
idle_after=$(counts)
read -r _ _ shadows_left <<<"$idle_after"

failed=0
check() {  # NAME OK(0/1) DETAIL
  if [ "$2" -eq 0 ]; then echo "check $1: PASS ($3)"; else echo "check $1: FAIL ($3)"; failed=1; fi
}
[ -s "$work/samples" ] || fail "no sample was taken"
if grep -q NA "$work/samples"; then
  check samples 1 "a psql query for connections or shadow databases failed during the soak"
fi
# Columns of the samples: 1 t, 2 rss, 3 fds, 4 conns, 5 shadows, 6 threads.
series() {  # COLUMN -> "first last max max_first_half max_second_half"
  awk -v c="$1" -v h="$duration" '
    NR == 1 { first = $c } { last = $c; if ($c > max) max = $c
      if ($1 < h / 2) { if ($c > m1) m1 = $c } else if ($c > m2) m2 = $c }
    END { print first, last, max, m1 + 0, m2 + 0 }' "$work/samples"
}
# Least squares slope of RSS (KB) over time (min), second half only.
slope=$(awk -v h="$duration" '$1 >= h / 2 { n++; x = $1 / 60; sx += x; sy += $2; sxx += x * x; sxy += x * $2 }
  END { d = n * sxx - sx * sx; if (n < 3 || d == 0) print "NA"; else printf "%.0f", (n * sxy - sx * sy) / d }' \
  "$work/samples")
read -r rss_first rss_last rss_max _ _ <<<"$(series 2)"
read -r fd_first fd_last fd_max fd_m1 fd_m2 <<<"$(series 3)"
read -r cn_first cn_last cn_max cn_m1 cn_m2 <<<"$(series 4)"
read -r _ _ sh_max _ _ <<<"$(series 5)"
read -r th_first th_last th_max _ _ <<<"$(series 6)"
read -r fd_before cn_before _ <<<"$idle_before"
read -r fd_after cn_after _ <<<"$idle_after"
load_line=$(grep '^load ' "$work/load.out" || true)
value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$load_line"; }
calls=$(value calls) errors=$(value errors) cancelled=$(value cancelled)

echo "samples: $(wc -l <"$work/samples") over $duration s; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rss KB: first $rss_first last $rss_last max $rss_max; slope over the second half $slope KB/min"
echo "rss MB at each sample: $(awk '{ printf "%s%.1f", (NR > 1 ? " " : ""), $2 / 1024 }' "$work/samples")"
echo "schemad threads: first $th_first last $th_last max $th_max"
echo "fds: first $fd_first last $fd_last max $fd_max (max first half $fd_m1, second half $fd_m2); idle before $fd_before, after $fd_after"
echo "env connections: first $cn_first last $cn_last max $cn_max (max first half $cn_m1, second half $cn_m2); idle before $cn_before, after $cn_after"
echo "shadow databases: at most $sh_max at a sample; left after the load: $shadows_left"
echo "calls: ${calls:-?} answered and checked, ${cancelled:-?} cancelled by the client, ${errors:-?} errors; metrics scrapes $scrapes, failed $scrape_failures"

ok=0; { [ -n "$load_line" ] && [ "$rc" -eq 0 ] && [ "${errors:-1}" -eq 0 ] && [ "$scrape_failures" -eq 0 ]; } || ok=1
check errors $ok "load_client exit $rc, ${errors:-?} errors, $scrape_failures failed scrapes"
# Else the cancellation path went untested (every cancel came after its call had ended).
ok=0; [ "${cancelled:-0}" -gt 0 ] || ok=1
check cancellations $ok "${cancelled:-0} calls ended CANCELLED by the client"
ok=0; { [ "$slope" != NA ] && [ "$slope" -le "$rss_slope_max" ]; } || ok=1
check "rss slope" $ok "$slope KB/min over the second half, limit $rss_slope_max"
ok=0; { [ "$fd_m2" -le $((fd_m1 + fd_growth_max)) ] && [ "$fd_after" -le "$fd_m1" ]; } || ok=1
check fds $ok "second-half max $fd_m2 <= first-half max $fd_m1 + $fd_growth_max; after the load $fd_after <= $fd_m1"
ok=0; { [ "$cn_after" != NA ] && [ "$cn_m2" -le $((cn_m1 + conn_growth_max)) ] && [ "$cn_after" -le "$cn_m1" ]; } || ok=1
check connections $ok "second-half max $cn_m2 <= first-half max $cn_m1 + $conn_growth_max; after the load $cn_after <= $cn_m1"
ok=0; [ "$shadows_left" = 0 ] || ok=1
check shadows $ok "$shadows_left schemad_shadow_* databases left"

stop_start=$EPOCHREALTIME
kill -TERM "$schemad_pid"
for _ in $(seq 1 $(((grace + 10) * 10))); do kill -0 "$schemad_pid" 2>/dev/null || break; sleep 0.1; done
exit_rc=0
if kill -0 "$schemad_pid" 2>/dev/null; then
  exit_rc=timeout
else
  wait "$schemad_pid" || exit_rc=$?
fi
took=$(awk -v a="$EPOCHREALTIME" -v b="$stop_start" 'BEGIN { printf "%.1f", a - b }')
ok=0; { [ "$exit_rc" = 0 ] && awk -v t="$took" -v g="$grace" 'BEGIN { exit !(t <= g) }'; } || ok=1
check exit $ok "SIGTERM to exit $took s (grace $grace s), exit status $exit_rc"
[ "$exit_rc" = timeout ] || schemad_pid=

if [ "$failed" -ne 0 ]; then
  echo "schemad's log, last lines:" >&2
  tail -n 10 "$work/schemad.log" >&2
  fail "a check failed"
fi
echo "soak: all checks passed"
