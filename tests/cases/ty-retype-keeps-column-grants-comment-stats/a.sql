CREATE TABLE staff (id int PRIMARY KEY, salary int, dept varchar(10));
COMMENT ON COLUMN staff.salary IS 'yearly, in EUR';
GRANT SELECT (id, dept) ON staff TO app_reader;
GRANT UPDATE (salary) ON staff TO "Mixed Role";
ALTER TABLE staff ALTER COLUMN dept SET STATISTICS 200;
