INSERT INTO discounts VALUES (1, 10), (2, 12.5);
