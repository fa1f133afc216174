INSERT INTO customers (region, name) VALUES ('us', 'ann'), ('eu', 'bob'), ('eu', 'cy');
INSERT INTO invoices (customer_region, customer_id, amount_cents) VALUES ('eu', 2, 100), ('us', 1, 50);
