CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id bigint PRIMARY KEY, title text NOT NULL, state text NOT NULL, opened date);
CREATE VIEW open_tickets AS SELECT id, title, state, opened FROM tickets WHERE state = 'open';
ALTER VIEW open_tickets ALTER COLUMN state SET DEFAULT 'open';
ALTER VIEW open_tickets ALTER COLUMN opened SET DEFAULT '2020-01-01';
GRANT SELECT (id, title) ON open_tickets TO PUBLIC;
