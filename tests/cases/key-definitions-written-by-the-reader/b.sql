-- Keys and foreign keys whose definitions the reader writes itself, and near misses it must
-- leave to pg_get_constraintdef: each must read exactly as the server writes it.
CREATE SCHEMA "Other$";
CREATE TABLE "Other$"."Parent" ("Id" int, "select" int, code text UNIQUE, alt int, PRIMARY KEY ("Id", "select"),
  UNIQUE (alt) DEFERRABLE);
CREATE TABLE "Other$".with_params (id int PRIMARY KEY WITH (fillfactor = 80), u int, UNIQUE (u) INCLUDE (id));
CREATE TABLE "Other$".nnd (a int, UNIQUE NULLS NOT DISTINCT (a));
CREATE TABLE "Other$".kid (
  id int PRIMARY KEY,
  parent_id int,
  parent_select int,
  code text,
  json_value int,
  self_id int,
  FOREIGN KEY (parent_id, parent_select) REFERENCES "Other$"."Parent" ON UPDATE RESTRICT ON DELETE CASCADE,
  FOREIGN KEY (code) REFERENCES "Other$"."Parent" (code) ON DELETE RESTRICT DEFERRABLE,
  CONSTRAINT kid_full FOREIGN KEY (parent_id, parent_select) REFERENCES "Other$"."Parent" MATCH FULL,
  CONSTRAINT kid_set_null_cols FOREIGN KEY (parent_id, parent_select) REFERENCES "Other$"."Parent" ON DELETE SET NULL (parent_id),
  CONSTRAINT kid_code_upd FOREIGN KEY (code) REFERENCES "Other$"."Parent" (code) ON UPDATE CASCADE ON DELETE SET DEFAULT,
  CONSTRAINT kid_self FOREIGN KEY (self_id) REFERENCES "Other$".kid (id) ON UPDATE SET NULL ON DELETE CASCADE,
  CONSTRAINT kid_default FOREIGN KEY (json_value) REFERENCES "Other$".kid (id) ON UPDATE SET DEFAULT ON DELETE NO ACTION
);
ALTER TABLE "Other$".kid ADD CONSTRAINT kid_not_valid FOREIGN KEY (parent_id, parent_select)
  REFERENCES "Other$"."Parent";
CREATE TABLE "Other$".parted (id int, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE "Other$".parted_2026 PARTITION OF "Other$".parted FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE "Other$".to_parted (id int, at date, FOREIGN KEY (id, at) REFERENCES "Other$".parted);
