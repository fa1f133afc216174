-- An enum of shift levels loses an unused label; it is the subtype of a range
-- type (itself used by a column and its multirange by another) and the type of
-- a foreign table column, so the range, the multirange and the foreign table
-- column all have to follow the rebuild.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER hr_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'hr');
CREATE TYPE level AS ENUM ('junior', 'mid', 'senior');
CREATE TYPE level_band AS RANGE (SUBTYPE = level);
CREATE TABLE roles (id int PRIMARY KEY, band level_band, bands level_band_multirange);
CREATE FOREIGN TABLE remote_staff (id int, lvl level) SERVER hr_remote OPTIONS (table_name 'staff');
