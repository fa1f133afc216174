CREATE TABLE invoices (id int PRIMARY KEY, amount integer NOT NULL, total integer GENERATED ALWAYS AS (amount * 2) STORED);
CREATE INDEX invoices_total_idx ON invoices (total);
