-- A table column is renamed (hint) and the updatable view over it renames its column the same
-- way (views take no hint: the view is re-created). The view column default, column grants and
-- column comment follow the new name; a second view over the first uses the renamed column.
CREATE TABLE ticket (id int PRIMARY KEY, ttl text NOT NULL, state text NOT NULL DEFAULT 'open');
CREATE VIEW open_ticket AS SELECT id, ttl, state FROM ticket WHERE state = 'open';
ALTER VIEW open_ticket ALTER COLUMN ttl SET DEFAULT 'untitled';
ALTER VIEW open_ticket ALTER COLUMN state SET DEFAULT 'open';
COMMENT ON COLUMN open_ticket.ttl IS 'short title';
GRANT SELECT (id, ttl), UPDATE (ttl) ON open_ticket TO app_reader;
CREATE VIEW open_ticket_titles AS SELECT ttl FROM open_ticket;
