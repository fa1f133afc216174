CREATE TABLE staff (id int PRIMARY KEY, name text, salary numeric, dept text);
CREATE VIEW staff_public AS SELECT id, name, dept FROM staff;
GRANT SELECT (id, name) ON staff_public TO app_reader;
GRANT SELECT (dept) ON staff_public TO app_writer;
COMMENT ON COLUMN staff_public.name IS 'display name';
CREATE VIEW staff_public_names AS SELECT name FROM staff_public;
