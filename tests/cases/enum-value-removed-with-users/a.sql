CREATE TYPE status AS ENUM ('new', 'legacy', 'done');
CREATE TABLE task (id int PRIMARY KEY, s status NOT NULL DEFAULT 'new', history status[]);
CREATE FUNCTION is_done(x status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'done' $$;
CREATE VIEW open_tasks AS SELECT id, s FROM task WHERE s <> 'done';
