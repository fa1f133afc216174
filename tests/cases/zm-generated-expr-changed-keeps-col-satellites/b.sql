CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Order Items" (id int PRIMARY KEY, qty int NOT NULL, unit_price numeric(10,2) NOT NULL,
  "Line Total" numeric GENERATED ALWAYS AS (round(qty * unit_price * 1.19, 2)) STORED);
COMMENT ON COLUMN "Shop"."Order Items"."Line Total" IS 'qty times price';
ALTER TABLE "Shop"."Order Items" ALTER COLUMN "Line Total" SET STATISTICS 700;
ALTER TABLE "Shop"."Order Items" ALTER COLUMN "Line Total" SET (n_distinct = -0.3);
GRANT SELECT ("Line Total", id) ON "Shop"."Order Items" TO app_reader;
CREATE INDEX "oi line total" ON "Shop"."Order Items" ("Line Total" DESC);
ALTER TABLE "Shop"."Order Items" ADD CONSTRAINT total_nonneg CHECK ("Line Total" >= 0);
CREATE STATISTICS "Shop".oi_qty_total (dependencies) ON qty, "Line Total" FROM "Shop"."Order Items";
CREATE VIEW "Shop".big_lines AS SELECT id, "Line Total" FROM "Shop"."Order Items" WHERE "Line Total" > 100;
