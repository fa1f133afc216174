INSERT INTO cart VALUES (1, ARRAY[ROW('a', 2)::cart_line, ROW('b', 3)::cart_line], 5), (2, NULL, 1);
