CREATE SEQUENCE global_id_seq;
CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('global_id_seq'), total numeric(12,2) NOT NULL);
CREATE TABLE credit_notes (id bigint PRIMARY KEY DEFAULT nextval('global_id_seq'), invoice_id bigint REFERENCES invoices(id), total numeric(12,2) NOT NULL);
CREATE TABLE receipts (id serial PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices(id));
CREATE VIEW all_documents AS SELECT id, total, 'invoice' AS kind FROM invoices UNION ALL SELECT id, -total, 'credit' FROM credit_notes;
