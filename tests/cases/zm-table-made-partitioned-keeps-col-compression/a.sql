CREATE TABLE events (id int NOT NULL, at date NOT NULL, payload text COMPRESSION pglz, meta jsonb);
ALTER TABLE events ALTER COLUMN meta SET STORAGE MAIN;
ALTER TABLE events ALTER COLUMN payload SET (n_distinct = 50);
