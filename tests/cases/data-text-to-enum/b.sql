CREATE TYPE ticket_state AS ENUM ('open', 'waiting', 'closed');
CREATE TABLE ticket (id int PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'open');
CREATE INDEX ticket_state ON ticket (state);
