CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Order Items" (id int PRIMARY KEY, sku text NOT NULL, qty int, tags text[]);
CREATE INDEX "oi lower sku" ON "Shop"."Order Items" (lower(sku), (qty * 2)) WITH (fillfactor = 70, deduplicate_items = off);
CREATE INDEX oi_tags ON "Shop"."Order Items" USING gin (tags) WITH (fastupdate = off, gin_pending_list_limit = 512);
ALTER INDEX "Shop"."oi lower sku" ALTER COLUMN 2 SET STATISTICS 500;
