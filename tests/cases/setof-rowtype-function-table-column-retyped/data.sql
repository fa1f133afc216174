INSERT INTO product VALUES (1, 'a', 5), (2, 'b', 50);
