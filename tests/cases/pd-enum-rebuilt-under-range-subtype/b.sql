-- An enum of job levels loses an unused label; it is the subtype of a range
-- type used by a column, whose multirange is used by another column, so the
-- range and the multirange are rebuilt with it and the rows converted.
CREATE TYPE level AS ENUM ('junior', 'mid', 'senior');
CREATE TYPE level_band AS RANGE (SUBTYPE = level);
CREATE TABLE roles (id int PRIMARY KEY, band level_band, bands level_band_multirange);
CREATE VIEW senior_roles AS SELECT id FROM roles WHERE band @> 'senior'::level;
