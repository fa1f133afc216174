CREATE TABLE people (id int PRIMARY KEY, first text, last text,
  display text GENERATED ALWAYS AS (last || ', ' || first) STORED);
GRANT SELECT (id, display) ON people TO app_reader;
COMMENT ON COLUMN people.display IS 'shown in UI';
ALTER TABLE people ALTER COLUMN display SET STATISTICS 500;
