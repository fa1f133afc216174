-- A cast from a composite to text WITH FUNCTION, used by a view (explicitly) and a column
-- default; the cast moves to a new function and the old one goes.
CREATE TYPE money_pair AS (units bigint, cents int);
CREATE FUNCTION pair_to_text(money_pair) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT $1.units || ',' || lpad($1.cents::text, 2, '0') $$;
CREATE CAST (money_pair AS text) WITH FUNCTION pair_to_text(money_pair) AS ASSIGNMENT;
CREATE TABLE price (id int PRIMARY KEY, amount money_pair NOT NULL,
  label text DEFAULT (ROW(0, 0)::money_pair)::text);
CREATE VIEW price_labels AS SELECT id, amount::text AS shown FROM price;
