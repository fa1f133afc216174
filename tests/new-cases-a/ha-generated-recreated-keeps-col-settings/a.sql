CREATE TABLE people (id int PRIMARY KEY, first_name varchar(50), last_name varchar(50),
  full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED);
ALTER TABLE people ALTER COLUMN full_name SET STATISTICS 250, ALTER COLUMN full_name SET (n_distinct = -1);
ALTER TABLE people ALTER COLUMN full_name SET STORAGE MAIN, ALTER COLUMN full_name SET COMPRESSION lz4;
COMMENT ON COLUMN people.full_name IS 'derived';
GRANT SELECT (full_name) ON people TO app_reader;
