-- An enum loses an unused label while an inheritance tree uses it (the parent's
-- column converts its children; a child may not be converted on its own) and a
-- trigger's WHEN and UPDATE OF name the column.
CREATE TYPE priority AS ENUM ('low', 'normal', 'urgent', 'critical');
CREATE TABLE tasks (id int PRIMARY KEY, prio priority NOT NULL DEFAULT 'normal', title text);
CREATE TABLE bug_tasks (severity int) INHERITS (tasks);
CREATE TABLE chore_tasks () INHERITS (tasks);
CREATE TABLE escalations (task_id int, at timestamptz DEFAULT now());
CREATE FUNCTION escalate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO escalations (task_id) VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER tasks_escalate AFTER UPDATE OF prio ON tasks
  FOR EACH ROW WHEN (NEW.prio = 'urgent' AND OLD.prio <> 'urgent') EXECUTE FUNCTION escalate();
