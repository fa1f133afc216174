CREATE SEQUENCE invoice_counter START 500;
CREATE TABLE invoice (no int PRIMARY KEY DEFAULT nextval('invoice_counter'), total numeric NOT NULL);
CREATE VIEW invoice_counter_state AS SELECT last_value FROM invoice_counter;
