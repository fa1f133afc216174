INSERT INTO billing.inv (amt) VALUES (5), (7);
