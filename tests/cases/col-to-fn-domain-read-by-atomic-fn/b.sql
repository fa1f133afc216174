CREATE FUNCTION is_country(c text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN c ~ '^[A-Z]{2}$';
CREATE DOMAIN country_code AS text CHECK (is_country(VALUE));
CREATE TABLE users (id int PRIMARY KEY, country country_code NOT NULL);
CREATE FUNCTION german_users() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM users WHERE country = 'DE'; END;
