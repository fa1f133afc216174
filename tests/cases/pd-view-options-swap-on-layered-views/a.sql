-- Updatable layered views swap options: LOCAL -> CASCADED check option, a
-- security_barrier view becomes security_invoker, and the base view gains a
-- column (CREATE OR REPLACE) while the top view keeps its LOCAL check option.
CREATE TABLE tickets (id int PRIMARY KEY, team text NOT NULL, prio int NOT NULL, closed boolean NOT NULL DEFAULT false, title text);
CREATE VIEW open_tickets WITH (security_barrier = true) AS
  SELECT id, team, prio, title FROM tickets WHERE NOT closed;
CREATE VIEW urgent_tickets WITH (check_option = local) AS
  SELECT id, team, prio, title FROM open_tickets WHERE prio >= 3;
CREATE VIEW support_urgent AS
  SELECT id, prio, title FROM urgent_tickets WHERE team = 'support' WITH LOCAL CHECK OPTION;
GRANT SELECT, INSERT, UPDATE ON support_urgent TO app_writer;
COMMENT ON VIEW urgent_tickets IS 'prio 3+';
