INSERT INTO app.customers (email, country) VALUES ('a@x.test', 'DE'), ('b@x.test', 'US');
INSERT INTO billing.invoices (customer_id, amount, currency, issued_at) VALUES (1, 100.00, 'EUR', '2024-03-01 10:00:00+00'), (2, 5.50, 'USD', '2024-03-02 10:00:00+00');
INSERT INTO audit.events (customer_id, kind, at) VALUES (1, 'signup', '2024-01-01 00:00:00+00'), (NULL, 'system', '2024-01-01 00:00:00+00');
