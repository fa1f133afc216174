-- The range's subtype widens from integer to bigint: it is re-created while an exclusion
-- constraint, an index and a function use its column; the rows stay.
CREATE TYPE slot AS RANGE (SUBTYPE = integer);
CREATE TABLE bookings (
  id int PRIMARY KEY,
  room int NOT NULL,
  during slot NOT NULL,
  EXCLUDE USING gist (during WITH &&)
);
CREATE INDEX bookings_during_idx ON bookings USING gist (during);
CREATE FUNCTION slot_len(s slot) RETURNS bigint LANGUAGE sql IMMUTABLE
  RETURN upper(s) - lower(s);
