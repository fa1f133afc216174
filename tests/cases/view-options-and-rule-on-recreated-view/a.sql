-- An updatable view gains a column in the middle (re-created) while it has options, a DO
-- INSTEAD rule for deletes, column defaults, grants and a dependent view.
CREATE TABLE task (id int PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false, deleted boolean NOT NULL DEFAULT false);
CREATE VIEW live_task WITH (security_barrier = true, check_option = local) AS
  SELECT id, title FROM task WHERE NOT deleted;
ALTER VIEW live_task ALTER COLUMN title SET DEFAULT 'untitled';
CREATE RULE live_task_del AS ON DELETE TO live_task DO INSTEAD UPDATE task SET deleted = true WHERE id = OLD.id;
GRANT SELECT, DELETE ON live_task TO app_writer;
GRANT UPDATE (title) ON live_task TO app_writer;
COMMENT ON VIEW live_task IS 'tasks not deleted';
CREATE VIEW live_titles AS SELECT title FROM live_task;
