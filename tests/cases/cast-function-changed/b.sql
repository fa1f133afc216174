CREATE SCHEMA s;
CREATE DOMAIN s.cents AS bigint;
CREATE TYPE s.money_pair AS (units bigint, cents integer);
-- The cast moves to another function, and the old one goes: the cast is dropped before it.
CREATE FUNCTION s.pair_total(s.money_pair) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$SELECT $1.units * 100 + $1.cents$$;
CREATE CAST (s.money_pair AS bigint) WITH FUNCTION s.pair_total(s.money_pair) AS ASSIGNMENT;
