CREATE TABLE invoice_counter (year int PRIMARY KEY, last_no int NOT NULL);
CREATE TABLE invoice (no int PRIMARY KEY, total numeric NOT NULL);
CREATE VIEW invoice_counter_state AS SELECT max(last_no) AS last_value FROM invoice_counter;
