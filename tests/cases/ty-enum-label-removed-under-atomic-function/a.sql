CREATE TYPE status AS ENUM ('open', 'hold', 'done');
CREATE TABLE task (id int PRIMARY KEY, st status NOT NULL);
CREATE FUNCTION open_tasks() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM task WHERE st = 'open'::status;
END;
