-- citext moves from public into its own schema (ALTER EXTENSION SET SCHEMA) while a column
-- with a unique key, a domain over it and a function taking it use its type.
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE DOMAIN email AS ext.citext CHECK (VALUE LIKE '%@%');
CREATE TABLE account (id int PRIMARY KEY, login ext.citext NOT NULL UNIQUE, mail email);
CREATE FUNCTION same_login(a ext.citext, b ext.citext) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN a = b;
