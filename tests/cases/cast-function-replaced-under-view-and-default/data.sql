INSERT INTO price (id, amount) VALUES (1, ROW(3, 5)), (2, ROW(10, 99));
