-- A domain over a composite type with a CHECK on an attribute; the composite gains an attribute
-- and the domain's check starts using it; a table column uses the domain.
CREATE TYPE geo_point AS (lat double precision, lon double precision, alt double precision);
CREATE DOMAIN valid_point AS geo_point CHECK ((VALUE).lat BETWEEN -90 AND 90) CHECK ((VALUE).alt IS NULL OR (VALUE).alt > -500);
CREATE TABLE place (id int PRIMARY KEY, loc valid_point);
