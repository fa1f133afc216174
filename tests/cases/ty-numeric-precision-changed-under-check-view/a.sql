CREATE TABLE invoice (id int PRIMARY KEY, amount numeric(12,2) NOT NULL, rate numeric(6,3),
  CONSTRAINT invoice_amount_pos CHECK (amount >= 0));
CREATE INDEX invoice_amount ON invoice (amount);
CREATE VIEW invoice_big AS SELECT id, amount, rate FROM invoice WHERE amount > 100;
