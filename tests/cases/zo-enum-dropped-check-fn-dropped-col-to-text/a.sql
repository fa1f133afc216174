CREATE TYPE phase AS ENUM ('todo', 'doing', 'done');
CREATE FUNCTION is_active(p phase) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN p <> 'done';
CREATE TABLE job (id int PRIMARY KEY, ph phase NOT NULL, owner text,
  CONSTRAINT job_active_has_owner CHECK (NOT is_active(ph) OR owner IS NOT NULL));
CREATE INDEX job_active ON job (id) WHERE is_active(ph);
