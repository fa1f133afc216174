CREATE DOMAIN amount AS numeric(12,2) CHECK (VALUE > -1000000);
CREATE DOMAIN pos_amount AS amount CHECK (VALUE >= 0);
CREATE DOMAIN price AS pos_amount CHECK (VALUE < 100000);
CREATE TABLE listing (id int PRIMARY KEY, p price NOT NULL, fee pos_amount);
CREATE FUNCTION with_fee(x price, f pos_amount) RETURNS amount LANGUAGE sql IMMUTABLE RETURN x + coalesce(f, 0);
CREATE VIEW listing_total AS SELECT id, with_fee(p, fee) AS total FROM listing;
