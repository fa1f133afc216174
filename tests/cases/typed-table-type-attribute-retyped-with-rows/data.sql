INSERT INTO measurement VALUES (1, 'a', 50), (2, 'b', 500);
