#!/usr/bin/env bash
# The main job: installs, builds, starts schemad on a copy of the sample project
# (examples/app) with the embedded default (a private PostgreSQL it starts itself), walks the
# team guide end to end (a model changes -> sync-dev-schema -> detect-schema-changes ->
# prepare-migration -> apply to test -> create-backup of prod -> apply to prod -> history ->
# rollback), then stops it and checks nothing is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh

work=$(mktemp -d)
chmod 0755 "$work"   # as root, the embedded server runs as an unprivileged user
schemad_pid=""
cleanup() {
  if [ -n "$schemad_pid" ] && kill -0 "$schemad_pid" 2>/dev/null; then
    kill -TERM "$schemad_pid" 2>/dev/null || true
    wait "$schemad_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

# A copy: prepare-migration writes into the project's migrations folder.
cp -r examples/app "$work/app"
step "starting schemad (config examples/app/schemad.yaml, embedded PostgreSQL)"
SCHEMAD_STATE_DIR="$work/state" ./build/schemad --config "$work/app/schemad.yaml" \
  --listen 127.0.0.1:0 --metrics-listen 127.0.0.1:0 --ready-file "$work/ready" \
    2> >(sed -u 's/^/  schemad | /' >&2) &
schemad_pid=$!
for _ in $(seq 1 600); do
  [ -f "$work/ready" ] && break
  kill -0 "$schemad_pid" 2>/dev/null || { echo "schemad exited during start-up" >&2; exit 1; }
  sleep 0.1
done
[ -f "$work/ready" ] || { echo "schemad did not get ready in 60 s" >&2; exit 1; }
grpc=$(sed -n 's/^grpc=//p' "$work/ready")
metrics=$(sed -n 's/^metrics=//p' "$work/ready")
export SCHEMACTL_SERVER="$grpc" SCHEMACTL_PROJECT=app

step "schemactl health"
./build/schemactl health

step "schemactl show-all-migrations --env dev"
./build/schemactl show-all-migrations --env dev

step "schemactl detect-schema-changes (no migration written yet: the next one would create everything)"
./build/schemactl detect-schema-changes | sed -n '1,12p' || true
echo "  ..."

step "inline SQL runs in the sandbox: a caller cannot reach the host"
cat > "$work/attack.sql" <<'SQL'
COPY (SELECT 1) TO PROGRAM 'id';
SQL
/usr/bin/python3 - "$grpc" "$work/attack.sql" <<'PY' || true
import sys
sys.path.insert(0, "build/python")
import grpc
from schemaservice.v1 import schema_service_pb2 as pb, schema_service_pb2_grpc as pb_grpc
stub = pb_grpc.SchemaServiceStub(grpc.insecure_channel(sys.argv[1]))
src = pb.SchemaSource(inline_models=pb.InlineModels(files=[pb.ModelFile(name="attack.sql", sql=open(sys.argv[2]).read())]))
try:
    stub.Diff(pb.DiffRequest(project="app", to=src, **{"from": pb.SchemaSource(models=pb.ModelsSource())}), timeout=60)
    print("accepted?!")
except grpc.RpcError as e:
    print(f"{e.code().name}: {e.details()[:160]}...")
PY

step "schemactl prepare-migration -m 'initial schema' (proven on a shadow, then written)"
./build/schemactl prepare-migration -m "initial schema"

step "schemactl apply-migrations --env test (progress on stderr, one line per event off a terminal)"
./build/schemactl apply-migrations --env test 2>&1 | sed -n '1,4p;$p'

step "schemactl apply-migrations --env prod (its policy backs it up first: backup_before_apply)"
./build/schemactl apply-migrations --env prod 2>&1 | grep -E 'backing up|dumped|applied|applying' | sed -n '1,3p;$p'

step "schemactl sync-dev-schema --yes (dev follows the models directly; the plan is shown, then run)"
./build/schemactl sync-dev-schema --yes 2>&1 | grep -vE '^(CREATE|ALTER|  )' | sed -n '1,6p;$p'

# --- The team guide from here: a model changes, and the change travels dev -> test -> prod.
step "the models change: customers get a preferences field"
sed -i 's/^  full_name   text        NOT NULL,$/&\n  preferences jsonb       NOT NULL DEFAULT '"'"'{}'"'"',/' "$work/app/models/02_tables.sql"
grep -n preferences "$work/app/models/02_tables.sql"

step "schemactl sync-dev-schema --yes (a backup of dev first: backup_before_sync)"
./build/schemactl sync-dev-schema --yes 2>&1 | grep -vE '^\s*$' | grep -vE 'dumped'

step "schemactl detect-schema-changes (the next migration holds the new field; dev has no drift)"
./build/schemactl detect-schema-changes || true

step "schemactl prepare-migration -m 'Added user preferences field'"
./build/schemactl prepare-migration -m "Added user preferences field"
cat "$work"/app/migrations/versions/*_added_user_preferences_field.up.sql

step "schemactl apply-migrations --env prod (refused: require_tested_in test, and test lacks it)"
./build/schemactl apply-migrations --env prod 2>&1 | tail -1 || true

step "schemactl apply-migrations --env test"
./build/schemactl apply-migrations --env test 2>&1 | tail -1

step "schemactl create-backup --env prod --reason 'before the preferences release'"
./build/schemactl create-backup --env prod --reason "before the preferences release" 2>&1 | tail -1
./build/schemactl list-backups --env prod
backup_id=$(./build/schemactl list-backups --env prod | awk 'NR == 3 { print $1 }')

step "schemactl verify-backup $backup_id (restored into a scratch database, its catalog compared)"
./build/schemactl verify-backup "$backup_id" 2>&1 | tail -1

step "schemactl apply-migrations --env prod (now tested; backed up again first)"
./build/schemactl apply-migrations --env prod 2>&1 | grep -vE 'dumped|statement [0-9]' | tail -4

step "schemactl show-all-migrations"
./build/schemactl show-all-migrations

step "schemactl rollback-db-migration --steps 1 --env test (its down drops the field: data loss confirmed)"
./build/schemactl rollback-db-migration --steps 1 --env test --confirm-data-loss 2>&1 | tail -1
./build/schemactl show-all-migrations --env test

step "requests and migrations counted on http://$metrics/metrics"
curl -sS "http://$metrics/metrics" | grep -E '^schemad_(rpc_requests_total|migrations_applied_total|pending_migrations|schema_version|backups_total|last_backup_size_bytes)' || true

step "stopping schemad (SIGTERM)"
kill -TERM "$schemad_pid"
wait "$schemad_pid"
schemad_pid=""
if pgrep -f "$work/state/schemad-pg-" >/dev/null; then
  echo "an embedded PostgreSQL is still running" >&2
  exit 1
fi
echo "schemad stopped; its PostgreSQL is gone"
