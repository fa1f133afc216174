CREATE TABLE doc (id int PRIMARY KEY, body text, note text);
ALTER TABLE doc ALTER COLUMN body SET STORAGE EXTERNAL, ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE doc ALTER COLUMN note SET STORAGE MAIN;
-- pglz: the PostgreSQL 16-18 builds the tests use for other majors have no lz4.
