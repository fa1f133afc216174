-- A foreign table gains a stored generated column, a CHECK, a NOT NULL and a default, loses
-- another default, gets column options and a new table option; an inheritance parent (local
-- table) has it as a child and gains a column that the child gets too.
CREATE FOREIGN DATA WRAPPER feed_fdw;
CREATE SERVER feed FOREIGN DATA WRAPPER feed_fdw;
CREATE TABLE price_base (sku text NOT NULL, cents int, currency char(3) DEFAULT 'EUR');
CREATE FOREIGN TABLE price_feed (
  vendor text OPTIONS (column_name 'Vendor'),
  qty int NOT NULL DEFAULT 1 CHECK (qty > 0),
  total bigint GENERATED ALWAYS AS (cents::bigint * qty) STORED
) INHERITS (price_base) SERVER feed OPTIONS (path '/feeds/prices', format 'csv');
