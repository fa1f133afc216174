CREATE FOREIGN DATA WRAPPER zm_fdw3;
CREATE SERVER zm_srv3 FOREIGN DATA WRAPPER zm_fdw3;
CREATE FOREIGN TABLE "Remote Items" (id int, sku text, qty int) SERVER zm_srv3 OPTIONS (table_name 'items');
