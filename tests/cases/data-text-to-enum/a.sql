CREATE TABLE ticket (id int PRIMARY KEY, state text NOT NULL DEFAULT 'open');
CREATE INDEX ticket_state ON ticket (state);
