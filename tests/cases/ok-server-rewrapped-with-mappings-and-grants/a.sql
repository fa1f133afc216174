-- A server moves to another wrapper (no ALTER for that): it is re-created with its user
-- mappings (for the current user and for PUBLIC, with options), its USAGE grant, comment,
-- version and options, and the foreign tables on it (with a view and grants) come back too.
CREATE FOREIGN DATA WRAPPER legacy_fdw OPTIONS (debug 'false');
CREATE FOREIGN DATA WRAPPER modern_fdw;
CREATE SERVER warehouse TYPE 'pg' VERSION '13' FOREIGN DATA WRAPPER legacy_fdw
  OPTIONS (host 'wh.internal', port '5432');
COMMENT ON SERVER warehouse IS 'the warehouse';
GRANT USAGE ON FOREIGN SERVER warehouse TO app_reader;
CREATE USER MAPPING FOR CURRENT_USER SERVER warehouse OPTIONS (user 'etl', password 'secret');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse OPTIONS (user 'guest');
CREATE USER MAPPING FOR app_reader SERVER warehouse;
CREATE FOREIGN TABLE stock (sku text NOT NULL, qty int) SERVER warehouse OPTIONS (table_name 'stock');
GRANT SELECT ON stock TO app_reader;
CREATE VIEW low_stock AS SELECT sku FROM stock WHERE qty < 10;
