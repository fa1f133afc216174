-- A range type's multirange name changes (set only at creation): range and multirange are
-- re-created while columns of both, an exclusion constraint and a view use them.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TYPE shift AS RANGE (SUBTYPE = time, MULTIRANGE_TYPE_NAME = shifts);
CREATE TABLE staff_shift (staff int NOT NULL, hours shift NOT NULL, week shifts,
  EXCLUDE USING gist (staff WITH =, hours WITH &&));
CREATE VIEW morning AS SELECT staff FROM staff_shift WHERE hours && '[06:00,12:00)'::shift;
