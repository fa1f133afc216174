CREATE SCHEMA s;
CREATE DOMAIN s.cents AS bigint;
CREATE TYPE s.money_pair AS (units bigint, cents integer);
CREATE FUNCTION s.pair_cents(s.money_pair) RETURNS s.cents LANGUAGE sql IMMUTABLE
  AS $$SELECT ($1.units * 100 + $1.cents)::s.cents$$;
CREATE CAST (s.money_pair AS bigint) WITH FUNCTION s.pair_cents(s.money_pair);
