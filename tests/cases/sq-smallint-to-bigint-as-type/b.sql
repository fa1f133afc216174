CREATE SEQUENCE ticket_seq AS bigint START 10;
CREATE TABLE ticket (id bigint PRIMARY KEY DEFAULT nextval('ticket_seq'), subject text);
