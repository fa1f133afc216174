CREATE EXTENSION btree_gist;
CREATE FUNCTION ts_diff(a timestamp, b timestamp) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT
  RETURN extract(epoch FROM a - b);
CREATE TYPE period AS RANGE (subtype = timestamp, subtype_diff = ts_diff);
CREATE TABLE booking (
  id int PRIMARY KEY,
  room int NOT NULL,
  during period NOT NULL DEFAULT period('2000-01-01', '2000-01-02'),
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&),
  CONSTRAINT booking_bounded CHECK (NOT upper_inf(during))
);
CREATE VIEW booking_start AS SELECT id, lower(during) AS starts FROM booking;
