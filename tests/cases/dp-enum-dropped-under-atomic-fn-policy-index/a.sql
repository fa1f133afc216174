CREATE TYPE task_state AS ENUM ('new', 'running', 'done');
CREATE TABLE task (
  id int PRIMARY KEY,
  state task_state NOT NULL DEFAULT 'new',
  title text NOT NULL,
  CONSTRAINT task_state_not_running_without_title CHECK (state <> 'running' OR title <> '')
);
CREATE INDEX task_open ON task (id) WHERE state <> 'done';
CREATE FUNCTION is_open(s task_state) RETURNS boolean LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT s <> 'done'::task_state;
END;
CREATE FUNCTION open_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM task WHERE is_open(task.state);
END;
CREATE VIEW open_task AS SELECT id, title, state FROM task WHERE is_open(state);
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
CREATE POLICY task_visible ON task FOR SELECT USING (is_open(state) OR state = 'done');
