CREATE TYPE ticket_state AS ENUM ('new', 'open', 'waiting', 'closed');
CREATE TABLE ticket (id int PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'new',
  CONSTRAINT ticket_not_waiting CHECK (state <> 'waiting' OR id > 0));
CREATE INDEX ticket_waiting ON ticket (id) WHERE state = 'waiting';
CREATE VIEW ticket_new AS SELECT id FROM ticket WHERE state IN ('new', 'waiting');
