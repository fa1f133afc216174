-- A table column is renamed (hint) and the updatable view over it renames its column the same
-- way (views take no hint: the view is re-created). The view column default, column grants and
-- column comment follow the new name; a second view over the first uses the renamed column.
CREATE TABLE ticket (id int PRIMARY KEY, title text NOT NULL, state text NOT NULL DEFAULT 'open');
CREATE VIEW open_ticket AS SELECT id, title, state FROM ticket WHERE state = 'open';
ALTER VIEW open_ticket ALTER COLUMN title SET DEFAULT 'untitled';
ALTER VIEW open_ticket ALTER COLUMN state SET DEFAULT 'open';
COMMENT ON COLUMN open_ticket.title IS 'short title';
GRANT SELECT (id, title), UPDATE (title) ON open_ticket TO app_reader;
CREATE VIEW open_ticket_titles AS SELECT title FROM open_ticket;
