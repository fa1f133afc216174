-- Plain btree indexes whose definitions the reader writes itself, and near misses it must
-- leave to pg_get_indexdef: each must read exactly as the server writes it.
CREATE SCHEMA "Odd$Schema";
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN short_text AS varchar(20);
CREATE TABLE "Odd$Schema"."Mixed Case" (
  id bigint,
  "Name" varchar(40),
  "system_user" text,
  "select" int,
  json_value int,
  m mood,
  d short_text,
  c_text text COLLATE "C",
  n name,
  tags int[],
  at timestamptz,
  "we""ird" int,
  renamed_later int
);
CREATE INDEX "Mixed_idx_desc" ON "Odd$Schema"."Mixed Case" (at, id DESC);
CREATE INDEX mixed_nulls_first ON "Odd$Schema"."Mixed Case" (id DESC NULLS FIRST);
CREATE INDEX mixed_desc_nulls_last ON "Odd$Schema"."Mixed Case" (at DESC NULLS LAST);
CREATE UNIQUE INDEX mixed_varchar ON "Odd$Schema"."Mixed Case" ("Name", m);
CREATE INDEX mixed_keywords ON "Odd$Schema"."Mixed Case" ("system_user", "select", json_value);
CREATE INDEX mixed_domain ON "Odd$Schema"."Mixed Case" (d, m);
CREATE INDEX mixed_collated_column ON "Odd$Schema"."Mixed Case" (c_text COLLATE "POSIX");
CREATE INDEX mixed_collate_other ON "Odd$Schema"."Mixed Case" ("system_user" COLLATE "C");
CREATE INDEX mixed_collate_default_on_name ON "Odd$Schema"."Mixed Case" (n COLLATE "default");
CREATE INDEX mixed_name ON "Odd$Schema"."Mixed Case" (n);
CREATE INDEX mixed_pattern ON "Odd$Schema"."Mixed Case" ("Name" varchar_pattern_ops);
CREATE INDEX mixed_text_ops_named ON "Odd$Schema"."Mixed Case" ("Name" text_ops);
CREATE INDEX mixed_array ON "Odd$Schema"."Mixed Case" (tags);
CREATE INDEX "mixed ""quoted""" ON "Odd$Schema"."Mixed Case" ("we""ird");
CREATE INDEX mixed_renamed ON "Odd$Schema"."Mixed Case" (renamed_later);
ALTER TABLE "Odd$Schema"."Mixed Case" RENAME COLUMN renamed_later TO renamed_now;
CREATE INDEX mixed_hash ON "Odd$Schema"."Mixed Case" USING hash (id);
CREATE INDEX mixed_partial ON "Odd$Schema"."Mixed Case" (id) WHERE id > 0;
CREATE INDEX mixed_include ON "Odd$Schema"."Mixed Case" (id) INCLUDE (at);
CREATE INDEX mixed_with ON "Odd$Schema"."Mixed Case" (id) WITH (fillfactor = 70);
CREATE UNIQUE INDEX mixed_nnd ON "Odd$Schema"."Mixed Case" (id) NULLS NOT DISTINCT;
CREATE TABLE "Odd$Schema".parted (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE "Odd$Schema".parted_2026 PARTITION OF "Odd$Schema".parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX parted_at ON "Odd$Schema".parted (at DESC);
CREATE MATERIALIZED VIEW "Odd$Schema".mv AS SELECT id, at FROM "Odd$Schema"."Mixed Case";
CREATE INDEX mv_id ON "Odd$Schema".mv (id);
