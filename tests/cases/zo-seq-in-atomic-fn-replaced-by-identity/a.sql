CREATE SEQUENCE ticket_no_seq;
CREATE TABLE ticket (no bigint PRIMARY KEY DEFAULT nextval('ticket_no_seq'), title text NOT NULL);
CREATE FUNCTION next_ticket_no() RETURNS bigint LANGUAGE sql VOLATILE
BEGIN ATOMIC SELECT nextval('ticket_no_seq'::regclass); END;
