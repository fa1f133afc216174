INSERT INTO item (id, region, qty, price) VALUES (1, 'eu', 2, 1.5), (2, 'us', 3, 2), (3, 'jp', 1, 7), (4, 'eu', 5, 0.2);
