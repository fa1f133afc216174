CREATE SEQUENCE ticket_no_seq;
CREATE FUNCTION new_ticket_code() RETURNS text LANGUAGE sql VOLATILE
  RETURN 'T-' || nextval('ticket_no_seq');
CREATE TABLE ticket (id int PRIMARY KEY, code text NOT NULL DEFAULT new_ticket_code(), title text);
CREATE UNIQUE INDEX ticket_code ON ticket (code);
CREATE VIEW ticket_codes AS SELECT id, code FROM ticket;
