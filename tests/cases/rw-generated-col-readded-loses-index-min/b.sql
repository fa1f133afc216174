CREATE TABLE invoices (id int PRIMARY KEY, amount bigint NOT NULL, total bigint GENERATED ALWAYS AS (amount * 2) STORED);
CREATE INDEX invoices_total_idx ON invoices (total);
