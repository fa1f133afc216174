-- The base type under a domain over a domain widens; the inner domain is used by a composite
-- type attribute, the outer by a table column with a default and by a function argument.
CREATE DOMAIN qty AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN small_qty AS qty NOT NULL DEFAULT 1 CHECK (VALUE < 1000000) CONSTRAINT small_qty_even CHECK (VALUE % 1 = 0);
CREATE TYPE cart_line AS (sku text, amount qty);
CREATE TABLE cart (id int PRIMARY KEY, items cart_line[], total small_qty);
CREATE FUNCTION double_qty(q small_qty) RETURNS qty LANGUAGE sql IMMUTABLE AS $$ SELECT (q * 2)::qty $$;
COMMENT ON DOMAIN small_qty IS 'bounded quantity';
