INSERT INTO billing.invoice VALUES (1, 1999), (2, 0);
