INSERT INTO orders (region, total) VALUES ('eu', 1), ('us', 2), ('eu', 3);
INSERT INTO lines VALUES (1, 'eu', 5), (2, 'us', 6);
