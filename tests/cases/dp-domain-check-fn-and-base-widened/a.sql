CREATE FUNCTION is_valid_cents(v int) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v >= 0 AND v % 1 = 0;
CREATE DOMAIN cents AS int CHECK (is_valid_cents(VALUE));
CREATE TABLE price (id int PRIMARY KEY, amount cents NOT NULL, discount cents);
CREATE INDEX price_amount ON price (amount);
CREATE VIEW cheap AS SELECT id, amount FROM price WHERE amount < 100;
CREATE FUNCTION total_cents() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(amount) FROM price; END;
