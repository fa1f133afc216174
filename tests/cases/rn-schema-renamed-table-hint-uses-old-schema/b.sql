CREATE SCHEMA finance;
CREATE TABLE finance.invoice (id serial PRIMARY KEY, amount int);
CREATE VIEW finance.invoice_v AS SELECT id, amount AS amt FROM finance.invoice;
