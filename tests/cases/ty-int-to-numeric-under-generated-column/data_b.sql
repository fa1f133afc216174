INSERT INTO line_item (id, qty, price) VALUES (1, 2, 5), (2, 3, 100), (3, 0, 7);
