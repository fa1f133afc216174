CREATE FOREIGN DATA WRAPPER zm_fdw3;
CREATE SERVER zm_srv3 FOREIGN DATA WRAPPER zm_fdw3;
CREATE FOREIGN TABLE "Remote Items" (id int NOT NULL, sku text NOT NULL DEFAULT 'n/a', qty int CONSTRAINT qty_pos CHECK (qty > 0)) SERVER zm_srv3 OPTIONS (table_name 'items');
