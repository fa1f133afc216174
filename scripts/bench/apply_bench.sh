#!/usr/bin/env bash
# Apply benchmark: a store of N small migrations (default 500; a realistic mix of create table,
# add column, create index, check / unique / foreign key constraints, views, comments, column
# defaults, NOT NULL, enum types, triggers; 1-3 statements each, deterministic, with down files)
# applied to a fresh empty database by `schemactl apply-migrations` through a schemad, and, as
# the reference, by one `psql` session running the same up files in the same order
# (autocommit, as psql does by default). Both sides use one throw-away PostgreSQL 15 with its
# default settings (fsync on), reached over a unix socket; schemad listens on a unix socket.
# RUNS rounds (default 5), the order alternating; after every run the database is checked
# (tables and views counted, and a fingerprint of the public schema compared between the two
# sides), so the benchmark cannot pass by doing nothing. Prints each run, the median and the
# spread (min-max) of each side, and the ratio of the medians. Target: schemactl <= 1.2 x psql.
# Exit 0 whatever the ratio (a measurement); non-zero when something failed.
#   [RUNS=N] [BUILD_DIR=build] scripts/bench/apply_bench.sh [MIGRATIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
migrations=${1:-500}
runs=${RUNS:-5}
build_dir=${BUILD_DIR:-build}
step_timeout=${STEP_TIMEOUT:-900}  # seconds any one step may take
case "$migrations" in '' | *[!0-9]* | 0) echo "MIGRATIONS must be a positive number" >&2; exit 2 ;; esac
case "$runs" in '' | *[!0-9]* | 0) echo "RUNS must be a positive number" >&2; exit 2 ;; esac
if [ ! -x "$build_dir/schemactl" ] || [ ! -x "$build_dir/schemad" ]; then
  BUILD_DIR=$build_dir bash scripts/build.sh >/dev/null
fi
schemactl=$(realpath "$build_dir/schemactl")
schemad=$(realpath "$build_dir/schemad")
bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d)
chmod 0755 "$work"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
port=5432  # unix socket only, in a folder of our own: no TCP port is opened
schemad_pid=
cleanup() {
  if [ -n "$schemad_pid" ] && kill -0 "$schemad_pid" 2>/dev/null; then
    kill -TERM "$schemad_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$schemad_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$schemad_pid" 2>/dev/null || true
  fi
  "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
me=apply_bench
source scripts/bench/lib.sh

# --- the store -----------------------------------------------------------------------------
mkdir -p "$work/project/models" "$work/project/migrations/versions"
/usr/bin/python3 - "$migrations" "$work/project/migrations/versions" "$work/expected" <<'PY'
import datetime, os, random, sys

count, out_dir, expected_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(20240611)
tables = []      # {"name", "cols": {name: {"type", "notnull", "default"}}, "indexed", "cons"}
views, enums = [], []
seq = {"t": 0, "v": 0, "e": 0}
have_touch = False

def new(kind):
    seq[kind] += 1
    return f"{kind}{seq[kind]:03d}"

COLUMN_TYPES = [("integer", "0"), ("bigint", "0"), ("text", "''"), ("numeric(12,2)", "0"),
                ("boolean", "false"), ("date", "CURRENT_DATE"), ("timestamptz", "now()"),
                ("jsonb", "'{}'::jsonb"), ("uuid", "gen_random_uuid()"), ("varchar(80)", "''")]
WORDS = ["amount", "status_note", "code", "label", "quantity", "price", "due_on", "paid_at",
         "payload", "external_id", "rank", "score", "region", "email", "phone", "title",
         "weight", "flag", "opened_on", "closed_at", "source", "ref", "notes", "level"]
DEFAULT_OF = dict(COLUMN_TYPES)

def pick_table(pred=lambda t: True):
    choices = [t for t in tables if pred(t)]
    return rng.choice(choices) if choices else None

def fresh_column(t):
    for _ in range(100):
        name = rng.choice(WORDS) + ("" if rng.random() < 0.5 else f"_{rng.randint(2, 9)}")
        if name not in t["cols"]:
            return name
    return f"c{len(t['cols'])}"

def q(t):
    return f"public.{t['name']}"

def create_table():
    name = new("t")
    t = {"name": name, "cols": {"id": {"type": "bigint", "notnull": True, "default": None},
                                 "name": {"type": "text", "notnull": True, "default": None},
                                 "created_at": {"type": "timestamptz", "notnull": True, "default": "now()"}},
         "indexed": set(), "cons": set()}
    tables.append(t)
    up = [f"CREATE TABLE public.{name} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
          f"    name text NOT NULL,\n    created_at timestamptz NOT NULL DEFAULT now()\n)"]
    down = [f"DROP TABLE public.{name}"]
    r = rng.random()
    if r < 0.4:
        up.append(f"CREATE INDEX {name}_created_at_idx ON public.{name} (created_at)")
        t["indexed"].add("created_at")
        down.insert(0, f"DROP INDEX public.{name}_created_at_idx")
    if r > 0.7:
        up.append(f"COMMENT ON TABLE public.{name} IS 'Table {name}: created by the benchmark'")
    return f"create_{name}", up, down

def add_column():
    t = pick_table()
    up, down = [], []
    for _ in range(rng.choice([1, 1, 2])):
        col = fresh_column(t)
        typ, dflt = rng.choice(COLUMN_TYPES)
        notnull = rng.random() < 0.3
        spec = f"{typ}" + (f" NOT NULL DEFAULT {dflt}" if notnull else "")
        t["cols"][col] = {"type": typ, "notnull": notnull, "default": dflt if notnull else None}
        up.append(f"ALTER TABLE {q(t)} ADD COLUMN {col} {spec}")
        down.insert(0, f"ALTER TABLE {q(t)} DROP COLUMN {col}")
    return f"add_columns_to_{t['name']}", up, down

def create_index():
    t = pick_table(lambda t: any(c not in t["indexed"] and t["cols"][c]["type"] != "jsonb"
                                 for c in t["cols"] if c != "id"))
    if t is None:
        return add_column()
    cols = [c for c in t["cols"] if c != "id" and c not in t["indexed"] and t["cols"][c]["type"] != "jsonb"]
    col = rng.choice(cols)
    t["indexed"].add(col)
    idx = f"{t['name']}_{col}_idx"
    r = rng.random()
    if r < 0.2:
        body = f"ON {q(t)} ({col}) WHERE {col} IS NOT NULL"
    elif r < 0.4 and col != "created_at":
        body = f"ON {q(t)} ({col}, created_at DESC)"
    else:
        body = f"ON {q(t)} ({col})"
    return f"index_{t['name']}_{col}", [f"CREATE INDEX {idx} {body}"], [f"DROP INDEX public.{idx}"]

def add_check():
    numeric = ("integer", "bigint", "numeric(12,2)")
    texty = ("text", "varchar(80)")
    t = pick_table(lambda t: any(c["type"] in numeric + texty and n not in ("id",) and f"{n}_check" not in t["cons"]
                                 for n, c in t["cols"].items()))
    if t is None:
        return add_column()
    col = rng.choice([n for n, c in t["cols"].items() if c["type"] in numeric + texty and n != "id"
                      and f"{n}_check" not in t["cons"]])
    t["cons"].add(f"{col}_check")
    con = f"{t['name']}_{col}_check"
    expr = f"{col} >= 0" if t["cols"][col]["type"] in numeric else f"char_length({col}) <= 200"
    return (f"check_{t['name']}_{col}", [f"ALTER TABLE {q(t)} ADD CONSTRAINT {con} CHECK ({expr})"],
            [f"ALTER TABLE {q(t)} DROP CONSTRAINT {con}"])

def add_unique():
    t = pick_table(lambda t: any(c["type"] in ("text", "varchar(80)", "uuid", "bigint") and n != "id"
                                 and f"{n}_key" not in t["cons"] for n, c in t["cols"].items()))
    if t is None:
        return add_column()
    col = rng.choice([n for n, c in t["cols"].items() if c["type"] in ("text", "varchar(80)", "uuid", "bigint")
                      and n != "id" and f"{n}_key" not in t["cons"]])
    t["cons"].add(f"{col}_key")
    con = f"{t['name']}_{col}_key"
    return (f"unique_{t['name']}_{col}", [f"ALTER TABLE {q(t)} ADD CONSTRAINT {con} UNIQUE ({col})"],
            [f"ALTER TABLE {q(t)} DROP CONSTRAINT {con}"])

def add_foreign_key():
    if len(tables) < 2:
        return create_table()
    for _ in range(50):
        child, parent = rng.sample(tables, 2)
        col = f"{parent['name']}_id"
        if col not in child["cols"]:
            break
    else:
        return add_column()
    child["cols"][col] = {"type": "bigint", "notnull": False, "default": None}
    child["indexed"].add(col)
    con = f"{child['name']}_{col}_fkey"
    up = [f"ALTER TABLE {q(child)} ADD COLUMN {col} bigint",
          f"ALTER TABLE {q(child)} ADD CONSTRAINT {con} FOREIGN KEY ({col}) REFERENCES {q(parent)} (id)"
          f" ON DELETE {rng.choice(['SET NULL', 'CASCADE', 'RESTRICT'])}",
          f"CREATE INDEX {child['name']}_{col}_idx ON {q(child)} ({col})"]
    down = [f"DROP INDEX public.{child['name']}_{col}_idx",
            f"ALTER TABLE {q(child)} DROP CONSTRAINT {con}",
            f"ALTER TABLE {q(child)} DROP COLUMN {col}"]
    return f"link_{child['name']}_to_{parent['name']}", up, down

def create_view():
    t = pick_table()
    name = new("v")
    views.append(name)
    fks = [c for c in t["cols"] if c.endswith("_id") and c[:-3] in {x["name"] for x in tables}]
    if fks and rng.random() < 0.6:
        fk = rng.choice(fks)
        sql = (f"CREATE VIEW public.{name} AS\n SELECT a.id, a.name, a.created_at, b.name AS {fk[:-3]}_name\n"
               f"   FROM {q(t)} a\n   LEFT JOIN public.{fk[:-3]} b ON b.id = a.{fk}")
    else:
        sql = (f"CREATE VIEW public.{name} AS\n SELECT id, name, created_at\n   FROM {q(t)}\n"
               f"  WHERE created_at > now() - interval '30 days'")
    return f"view_{name}_over_{t['name']}", [sql], [f"DROP VIEW public.{name}"]

def comment():
    t = pick_table()
    up, down = [], []
    if rng.random() < 0.4:
        up.append(f"COMMENT ON TABLE {q(t)} IS 'What {t['name']} holds, as of migration {seq['t']}'")
        down.append(f"COMMENT ON TABLE {q(t)} IS NULL")
    for col in rng.sample(list(t["cols"]), min(len(t["cols"]), rng.choice([1, 2]))):
        up.append(f"COMMENT ON COLUMN {q(t)}.{col} IS 'The {col.replace('_', ' ')} of a {t['name']} row'")
        down.insert(0, f"COMMENT ON COLUMN {q(t)}.{col} IS NULL")
    return f"comment_{t['name']}", up, down

def set_default():
    t = pick_table(lambda t: any(n not in ("id", "created_at") for n in t["cols"]))
    if t is None:
        return add_column()
    col = rng.choice([n for n in t["cols"] if n not in ("id", "created_at")])
    c = t["cols"][col]
    typ = c["type"]
    new_default = DEFAULT_OF.get(typ, "''")
    if typ in ("integer", "bigint", "numeric(12,2)"):
        new_default = str(rng.randint(1, 100))
    elif typ in ("text", "varchar(80)"):
        new_default = f"'{rng.choice(['new', 'unknown', 'n/a', 'draft'])}'"
    elif typ.startswith("e"):  # an enum column
        new_default = "'b'"
    up = [f"ALTER TABLE {q(t)} ALTER COLUMN {col} SET DEFAULT {new_default}"]
    down = [f"ALTER TABLE {q(t)} ALTER COLUMN {col} " +
            (f"SET DEFAULT {c['default']}" if c["default"] else "DROP DEFAULT")]
    c["default"] = new_default
    return f"default_{t['name']}_{col}", up, down

def set_not_null():
    t = pick_table(lambda t: any(not c["notnull"] for c in t["cols"].values()))
    if t is None:
        return add_column()
    col = rng.choice([n for n, c in t["cols"].items() if not c["notnull"]])
    t["cols"][col]["notnull"] = True
    return (f"require_{t['name']}_{col}", [f"ALTER TABLE {q(t)} ALTER COLUMN {col} SET NOT NULL"],
            [f"ALTER TABLE {q(t)} ALTER COLUMN {col} DROP NOT NULL"])

def enum_column():
    t = pick_table()
    e = new("e")
    enums.append(e)
    col = f"{e}_state"
    t["cols"][col] = {"type": e, "notnull": True, "default": "'a'"}
    up = [f"CREATE TYPE public.{e} AS ENUM ('a', 'b', 'c')",
          f"ALTER TABLE {q(t)} ADD COLUMN {col} public.{e} NOT NULL DEFAULT 'a'"]
    down = [f"ALTER TABLE {q(t)} DROP COLUMN {col}", f"DROP TYPE public.{e}"]
    return f"state_{e}_on_{t['name']}", up, down

def touch_function():
    global have_touch
    have_touch = True
    up = ["CREATE FUNCTION public.touch_updated_at() RETURNS trigger\n    LANGUAGE plpgsql\n"
          "    AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$"]
    return "touch_updated_at_function", up, ["DROP FUNCTION public.touch_updated_at()"]

def touch_trigger():
    t = pick_table(lambda t: "updated_at" not in t["cols"])
    if t is None or not have_touch:
        return add_column()
    t["cols"]["updated_at"] = {"type": "timestamptz", "notnull": True, "default": "now()"}
    up = [f"ALTER TABLE {q(t)} ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()",
          f"CREATE TRIGGER {t['name']}_touch BEFORE UPDATE ON {q(t)}\n"
          f"    FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at()"]
    down = [f"DROP TRIGGER {t['name']}_touch ON {q(t)}", f"ALTER TABLE {q(t)} DROP COLUMN updated_at"]
    return f"touch_{t['name']}", up, down

KINDS = [(create_table, 18), (add_column, 15), (create_index, 14), (comment, 9), (add_foreign_key, 8),
         (create_view, 7), (add_check, 7), (set_default, 7), (set_not_null, 4), (enum_column, 4),
         (add_unique, 3), (touch_trigger, 4)]
base = datetime.datetime(2025, 1, 6, 9, 0, 0)
statements = 0
for i in range(count):
    if i < 2:
        kind = create_table
    elif i == 2:
        kind = touch_function
    else:
        kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    slug, up, down = kind()
    statements += len(up)
    version = (base + datetime.timedelta(minutes=7 * i)).strftime("%Y%m%d%H%M%S")
    stem = os.path.join(out_dir, f"{version}_{slug}")
    with open(stem + ".up.sql", "w") as f:
        f.write(f"-- {slug.replace('_', ' ')}\n\n" + "".join(s + ";\n\n" for s in up).rstrip("\n") + "\n")
    with open(stem + ".down.sql", "w") as f:
        f.write("".join(s + ";\n\n" for s in down).rstrip("\n") + "\n")
with open(expected_file, "w") as f:
    f.write(f"{len(tables)} {len(views)} {statements}\n")
PY
read -r expected_tables expected_views statements <"$work/expected"
"$schemactl" rehash --migrations-dir "$work/project/migrations" >/dev/null
ls "$work/project/migrations/versions"/*.up.sql | sort |
  sed "s|^|\\\\i |" >"$work/driver.sql"

# --- PostgreSQL and schemad ----------------------------------------------------------------
"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres --auth=trust --no-locale -E UTF8 --no-sync >/dev/null
"${as_pg[@]}" timeout 120 "$bin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w \
  -o "-p $port -k $work -c listen_addresses='' -c fsync=on" start >/dev/null
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$work" -p "$port" -U postgres)
sql() { timeout 300 "${psql[@]}" "$@"; }  # the untimed queries around the runs
sql -d postgres -c "CREATE DATABASE bench_schemactl" -c "CREATE DATABASE bench_psql"

cat >"$work/schemad.yaml" <<EOF
server:
  listen: unix:$work/schemad.sock
  metrics_listen: ""
  state_dir: $work/state
projects:
  bench:
    models_dir: project/models
    migrations_dir: project/migrations
    environments:
      bench:
        database:
          host: $work
          port: $port
          dbname: bench_schemactl
          user: postgres
          sslmode: disable
EOF
launch_schemad "$work" "$schemad"

# --- the runs --------------------------------------------------------------------------------
# A fresh empty database, and a checkpoint so each run starts from the same state of the server.
fresh() {
  sql -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" -c "CHECKPOINT"
}
# "tables views" of the public schema.
counts() {
  sql -d "$1" -At -F ' ' -c "
    SELECT count(*) FILTER (WHERE c.relkind IN ('r', 'p')), count(*) FILTER (WHERE c.relkind = 'v')
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
}
# Everything in the public schema, one sorted line per relation, column, constraint, trigger.
shape() {
  sql -d "$1" -At -c "
      SELECT format('%s %s %s', relname, relkind, obj_description(oid, 'pg_class')) FROM pg_class
       WHERE relnamespace = 'public'::regnamespace
      UNION ALL
      SELECT format('%s.%s %s %s %s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                    a.attnotnull, pg_get_expr(d.adbin, d.adrelid), col_description(c.oid, a.attnum))
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
      UNION ALL
      SELECT format('%s %s', conname, pg_get_constraintdef(oid)) FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace
      UNION ALL
      SELECT format('%s %s', t.tgname, c.relname) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
      UNION ALL
      SELECT format('%s %s', typname, typtype) FROM pg_type
       WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'" | LC_ALL=C sort
}
now() { echo "$EPOCHREALTIME"; }
: >"$work/schemactl.times"
: >"$work/psql.times"
run_schemactl() {
  fresh bench_schemactl
  local start end rc=0
  start=$(now)
  timeout "$step_timeout" "$schemactl" --server "unix:$work/schemad.sock" --project bench \
    apply-migrations --env bench >"$work/schemactl.out" 2>/dev/null || rc=$?
  end=$(now)
  if [ "$rc" -ne 0 ]; then
    # Its stderr went to /dev/null (as a timed run should); schemad's log says why.
    echo "schemactl apply-migrations failed ($rc): $(cat "$work/schemactl.out"); schemad's log:" >&2
    tail -n 5 "$work/schemad.log" >&2
    fail "schemactl run failed"
  fi
  grep -q "^applied $migrations migrations\{0,1\} to bench/bench" "$work/schemactl.out" ||
    fail "unexpected schemactl output: $(cat "$work/schemactl.out")"
  local recorded
  recorded=$(sql -d bench_schemactl -At -c \
    "SELECT count(*) FROM schemaservice.migrations WHERE project = 'bench' AND status = 'applied'" 2>/dev/null) ||
    recorded=0
  [ "$recorded" -eq "$migrations" ] || fail "schemactl: $recorded migrations recorded as applied, expected $migrations"
  echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }' >>"$work/schemactl.times"
}
run_psql() {
  fresh bench_psql
  local start end rc=0
  start=$(now)
  timeout "$step_timeout" "${psql[@]}" -d bench_psql -f "$work/driver.sql" >"$work/psql.out" 2>&1 || rc=$?
  end=$(now)
  [ "$rc" -eq 0 ] || fail "psql failed ($rc): $(tail -n 5 "$work/psql.out")"
  echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }' >>"$work/psql.times"
}
check() {
  local a b
  a=$(counts bench_schemactl)
  b=$(counts bench_psql)
  [ "$a" = "$expected_tables $expected_views" ] ||
    fail "schemactl side: (tables views) in public = ($a), expected ($expected_tables $expected_views)"
  [ "$b" = "$expected_tables $expected_views" ] ||
    fail "psql side: (tables views) in public = ($b), expected ($expected_tables $expected_views)"
  shape bench_schemactl >"$work/shape.schemactl"
  shape bench_psql >"$work/shape.psql"
  if ! cmp -s "$work/shape.schemactl" "$work/shape.psql"; then
    diff "$work/shape.schemactl" "$work/shape.psql" | head -n 20 >&2 || true
    fail "the two databases differ (above: < schemactl, > psql)"
  fi
}

echo "migrations: $migrations ($statements statements; $expected_tables tables, $expected_views views);" \
  "$runs alternating runs; PostgreSQL 15 default settings (fsync on), unix socket"
for i in $(seq 1 "$runs"); do
  if [ $((i % 2)) -eq 1 ]; then
    run_schemactl
    run_psql
  else
    run_psql
    run_schemactl
  fi
  check
  printf 'run %d (%s first): schemactl %6.2f s   psql %6.2f s\n' "$i" \
    "$([ $((i % 2)) -eq 1 ] && echo schemactl || echo psql)" \
    "$(tail -n 1 "$work/schemactl.times")" "$(tail -n 1 "$work/psql.times")"
done
echo
/usr/bin/python3 - "$work/schemactl.times" "$work/psql.times" <<'PY'
import statistics, sys
def load(path):
    return [float(line) for line in open(path) if line.strip()]
sc, ps = load(sys.argv[1]), load(sys.argv[2])
for name, s in (("schemactl apply-migrations (via schemad):", sc), ("psql -f (one session, autocommit):      ", ps)):
    print(f"{name} median {statistics.median(s):6.2f} s ({min(s):.2f}-{max(s):.2f})")
ratio = statistics.median(sc) / max(statistics.median(ps), 0.001)
per_run = sorted(a / max(b, 0.001) for a, b in zip(sc, ps))
print(f"ratio median(schemactl) / median(psql): {ratio:.2f} (per run {per_run[0]:.2f}-{per_run[-1]:.2f})")
print(f"target <= 1.20: {'met' if ratio <= 1.2 else 'NOT met'}")
PY
