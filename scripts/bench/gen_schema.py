#!/usr/bin/env python3
"""Writes a realistic schema of N tables for the diff benchmark: varied column types, enums,
indexes, unique, check and foreign-key constraints, views, functions and triggers. Its density
follows a production schema's (at 2,000 tables: ~12 columns, ~4.7 indexes and ~3.9 constraints
per table, 100 views), so the benchmark is not flattered by a thin catalog. With --changed,
about 5% of the tables differ (a column added, a type widened, an index added, a view changed,
a default changed, a check changed). Deterministic: the same arguments give the same SQL."""
import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("--tables", type=int, default=2000)
parser.add_argument("--changed", action="store_true")
args = parser.parse_args()
rng = random.Random(42)
# A separate generator picks the changed tables, so both schemas share everything else.
picker = random.Random(7)
changed = set(picker.sample(range(args.tables), max(1, args.tables // 20))) if args.changed else set()
out = []
w = out.append
w("CREATE SCHEMA IF NOT EXISTS app;")
for e in range(10):
    w(f"CREATE TYPE app.status_{e} AS ENUM ('new', 'active', 'done', 'archived');")
w("CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;")
types = ["text", "integer", "bigint", "numeric(12,2)", "timestamptz", "boolean", "jsonb", "uuid", "varchar(100)", "date"]
for i in range(args.tables):
    ch = i in changed
    # ~12 columns: id, code, 4-11 typed columns, status, updated_at, and a parent for most.
    cols = ["id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "code varchar(40) NOT NULL"]
    ncols = 4 + rng.randrange(8)
    numeric_col = None
    for c in range(ncols):
        t = types[(i + c) % len(types)]
        if ch and c == 0 and t == "integer":
            t = "bigint"
        if t in ("integer", "bigint", "numeric(12,2)") and numeric_col is None:
            numeric_col = f"c{c}"
        null = " NOT NULL" if c % 3 == 0 else ""
        default = ""
        if t == "boolean":
            default = " DEFAULT false" if not (ch and c % 2) else " DEFAULT true"
        cols.append(f"c{c} {t}{null}{default}")
    cols.append(f"status app.status_{i % 10} NOT NULL DEFAULT 'new'")
    cols.append("updated_at timestamptz NOT NULL DEFAULT now()")
    has_parent = i > 0 and i % 10 != 0
    if has_parent:
        cols.append(f"parent_id bigint REFERENCES app.t{rng.randrange(i)} (id) ON DELETE CASCADE")
    if ch:
        cols.append("added_note text")
    # ~3.9 constraints: primary key, foreign key (9 in 10), unique code, one check.
    cols.append(f"CONSTRAINT t{i}_code_key UNIQUE (code)")
    if numeric_col is not None:
        bound = "> -1" if ch else ">= 0"
        cols.append(f"CONSTRAINT t{i}_{numeric_col}_positive CHECK ({numeric_col} {bound})")
    else:
        limit = 41 if ch else 40
        cols.append(f"CONSTRAINT t{i}_code_len CHECK (length(code) < {limit})")
    w(f"CREATE TABLE app.t{i} (\n  " + ",\n  ".join(cols) + "\n);")
    # ~4.7 indexes: primary key, unique code, status, parent (9 in 10), and a partial or
    # expression index on most tables.
    w(f"CREATE INDEX t{i}_status ON app.t{i} (status, updated_at DESC);")
    if has_parent:
        w(f"CREATE INDEX t{i}_parent ON app.t{i} (parent_id);")
    if i % 4 != 0:
        if i % 2:
            w(f"CREATE INDEX t{i}_recent ON app.t{i} (updated_at) WHERE status <> 'archived';")
        else:
            w(f"CREATE INDEX t{i}_code_lower ON app.t{i} (lower(code));")
    if ch:
        w(f"CREATE INDEX t{i}_c1 ON app.t{i} (c1);")
    if i % 5 == 0:
        w(f"CREATE TRIGGER t{i}_touch BEFORE UPDATE ON app.t{i} FOR EACH ROW EXECUTE FUNCTION app.touch();")
    if i % 20 == 0:
        extra = ", c1" if ch else ""
        w(f"CREATE VIEW app.v{i} AS SELECT id, code, status{extra} FROM app.t{i} WHERE status <> 'archived';")
    if i % 10 == 0:
        body = "count(*) + 1" if ch else "count(*)"
        w(f"CREATE FUNCTION app.count_t{i}() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT {body} FROM app.t{i} $$;")
    if i % 7 == 0:
        w(f"COMMENT ON TABLE app.t{i} IS 'table number {i}';")
print("\n".join(out))
