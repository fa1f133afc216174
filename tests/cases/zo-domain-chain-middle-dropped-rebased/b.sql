CREATE DOMAIN amount AS numeric(12,2) CHECK (VALUE > -1000000);
CREATE DOMAIN price AS amount CHECK (VALUE >= 0 AND VALUE < 100000);
CREATE TABLE listing (id int PRIMARY KEY, p price NOT NULL, fee amount);
CREATE FUNCTION with_fee(x price, f amount) RETURNS amount LANGUAGE sql IMMUTABLE RETURN x + coalesce(f, 0);
CREATE VIEW listing_total AS SELECT id, with_fee(p, fee) AS total FROM listing;
