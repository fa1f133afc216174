CREATE SCHEMA lib;
CREATE TYPE lib.level AS ENUM ('low', 'mid', 'high');
CREATE DOMAIN lib.pct AS numeric CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE lib.owner (id int PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION lib.clamp(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
BEGIN ATOMIC SELECT greatest(0, least(100, x)); END;
CREATE TABLE public.task (
  id int PRIMARY KEY,
  owner_id int REFERENCES lib.owner,
  lvl lib.level NOT NULL DEFAULT 'low',
  done lib.pct NOT NULL DEFAULT 0,
  CHECK (lib.clamp(done) = done)
);
CREATE VIEW public.task_hot AS SELECT t.id, o.name FROM public.task t JOIN lib.owner o ON o.id = t.owner_id WHERE t.lvl = 'high';
