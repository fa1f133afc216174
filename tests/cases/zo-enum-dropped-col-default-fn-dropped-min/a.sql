CREATE TYPE phase AS ENUM ('todo', 'doing', 'done');
CREATE FUNCTION first_phase() RETURNS phase LANGUAGE sql IMMUTABLE RETURN 'todo'::phase;
CREATE TABLE job (id int PRIMARY KEY, ph phase NOT NULL DEFAULT first_phase());
