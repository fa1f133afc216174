INSERT INTO rate VALUES ('EUR', 1), ('USD', 1.1), ('GBP', 0.85);
INSERT INTO wallet VALUES (1, 'EUR'), (2, 'USD');
