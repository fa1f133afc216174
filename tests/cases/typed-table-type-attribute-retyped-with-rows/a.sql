-- A composite type a typed table is OF has an attribute widened (needs ALTER TYPE ... CASCADE);
-- a view over the typed table reads the attribute.
CREATE TYPE measurement_t AS (id int, sensor text, reading int);
CREATE TABLE measurement OF measurement_t (PRIMARY KEY (id));
CREATE VIEW high_readings AS SELECT id, reading FROM measurement WHERE reading > 100;
