INSERT INTO cart VALUES (1, ARRAY[ROW('a', 1.50)::cart_line, ROW('b', 2)::cart_line], 3.50), (2, '{}', NULL);
