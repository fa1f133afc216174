CREATE TABLE users (id int PRIMARY KEY, country text NOT NULL);
CREATE FUNCTION german_users() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM users WHERE country = 'DE'; END;
