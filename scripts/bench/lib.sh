# Shared by the benchmarks (sourced). The script sets `me` (its name in messages) and
# `step_timeout` (seconds any one step may take) before using these.

fail() {
  echo "$me: $*" >&2
  exit 1
}

# Runs a step in the background and waits for it, so a signal to the script is handled at
# once (bash runs traps only between commands) and cleanup can stop the step.
step() {
  local rc=0
  timeout "$step_timeout" "$@" &
  child_pid=$!
  wait "$child_pid" || rc=$?
  child_pid=
  return "$rc"
}

# launch_schemad WORK SCHEMAD [ARGS...]: runs SCHEMAD --config WORK/schemad.yaml ARGS with its
# log in WORK/schemad.log and waits up to 30 s for WORK/ready; sets schemad_pid.
launch_schemad() {
  local work=$1 schemad=$2
  shift 2
  "$schemad" --config "$work/schemad.yaml" "$@" --ready-file "$work/ready" >"$work/schemad.log" 2>&1 &
  schemad_pid=$!
  for _ in $(seq 1 300); do
    [ -s "$work/ready" ] && return 0
    kill -0 "$schemad_pid" 2>/dev/null || { tail -n 20 "$work/schemad.log" >&2; fail "schemad did not start"; }
    sleep 0.1
  done
  tail -n 20 "$work/schemad.log" >&2
  fail "schemad was not ready within 30 s"
}
