-- A composite type that a typed table is OF gains an attribute and loses one; a view reads the
-- typed table and a function returns the type.
CREATE TYPE shipment_t AS (id int, carrier text, weight_g int, legacy_code text);
CREATE TABLE shipment OF shipment_t (PRIMARY KEY (id), carrier WITH OPTIONS NOT NULL DEFAULT 'post');
CREATE VIEW heavy_shipments AS SELECT id, carrier FROM shipment WHERE weight_g > 1000;
CREATE FUNCTION latest_shipment() RETURNS shipment_t LANGUAGE sql STABLE AS $$ SELECT * FROM shipment ORDER BY id DESC LIMIT 1 $$;
