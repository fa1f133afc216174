CREATE TABLE prices (id int PRIMARY KEY, amount numeric(10,2));
CREATE FUNCTION with_tax(amount numeric, rate numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE AS 'SELECT round(amount * (1 + rate), 2)';
CREATE VIEW prices_gross AS SELECT id, with_tax(amount, 0.2) AS gross FROM prices;
