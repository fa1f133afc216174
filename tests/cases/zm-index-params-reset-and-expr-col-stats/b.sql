CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Order Items" (id int PRIMARY KEY, sku text NOT NULL, qty int, tags text[]);
CREATE INDEX "oi lower sku" ON "Shop"."Order Items" (lower(sku), (qty * 2)) WITH (fillfactor = 90);
CREATE INDEX oi_tags ON "Shop"."Order Items" USING gin (tags);
ALTER INDEX "Shop"."oi lower sku" ALTER COLUMN 1 SET STATISTICS 250;
