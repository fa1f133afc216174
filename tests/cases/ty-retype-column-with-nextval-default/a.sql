CREATE SEQUENCE ticket_no_seq AS integer;
CREATE TABLE ticket (id int PRIMARY KEY, no int NOT NULL DEFAULT nextval('ticket_no_seq'));
