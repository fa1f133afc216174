CREATE SCHEMA archive;
CREATE TABLE invoice (id int PRIMARY KEY, total numeric(10,2) NOT NULL);
CREATE INDEX invoice_total ON invoice (total);
