INSERT INTO api.price VALUES (1, 199), (2, 5);
