CREATE TYPE status AS ENUM ('new', 'legacy', 'done');
CREATE TABLE task (id int PRIMARY KEY, s status NOT NULL DEFAULT 'new', history status[]);
CREATE INDEX task_s ON task (s);
CREATE VIEW open_task AS SELECT id, s FROM task WHERE s <> 'done';
