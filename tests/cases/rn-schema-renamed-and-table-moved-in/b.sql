CREATE SCHEMA finance;
CREATE SEQUENCE finance.invoice_no START 100;
CREATE TABLE finance.invoices (
  id int PRIMARY KEY,
  no int NOT NULL DEFAULT nextval('finance.invoice_no'),
  customer_id int,
  total int
);
CREATE TABLE finance.clients (id int PRIMARY KEY, name text);
CREATE INDEX clients_name_idx ON finance.clients (name);
ALTER TABLE finance.invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES finance.clients (id);
CREATE VIEW finance.open_invoices AS SELECT i.id, c.name FROM finance.invoices i JOIN finance.clients c ON c.id = i.customer_id;
CREATE FUNCTION finance.invoice_count(cid int) RETURNS bigint LANGUAGE sql STABLE
  RETURN (SELECT count(*) FROM finance.invoices WHERE customer_id = cid);
