INSERT INTO line (id, day, qty, price) VALUES (1, '2024-05-01', 2, 2.5);
