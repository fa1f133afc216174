CREATE TABLE staff (id int PRIMARY KEY, name text, dept text);
CREATE VIEW staff_v WITH (security_barrier) AS SELECT id, name FROM staff;
GRANT SELECT (id, name) ON staff_v TO app_reader;
GRANT UPDATE (name) ON staff_v TO "Mixed Role";
COMMENT ON COLUMN staff_v.name IS 'display name';
