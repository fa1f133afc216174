INSERT INTO currencies VALUES (1, 'EUR', 'Euro'), (2, 'USD', 'Dollar');
INSERT INTO prices VALUES (1, 'EUR', 9.99), (2, 'USD', 12.50);
