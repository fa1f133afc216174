CREATE SEQUENCE ticket_seq AS smallint START 10 MAXVALUE 30000;
CREATE TABLE ticket (id int PRIMARY KEY DEFAULT nextval('ticket_seq'), subject text);
