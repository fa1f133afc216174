CREATE TYPE seat_range;
CREATE FUNCTION seat_range_canonical(seat_range) RETURNS seat_range AS 'int4range_canonical' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE seat_range AS RANGE (SUBTYPE = int4, CANONICAL = seat_range_canonical);
