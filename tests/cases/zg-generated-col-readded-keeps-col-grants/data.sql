INSERT INTO product (id, net) VALUES (1, 10), (2, 99.99);
