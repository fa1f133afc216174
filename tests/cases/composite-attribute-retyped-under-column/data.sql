INSERT INTO c VALUES (1, ROW('Main St 1', 1000, 'x'), ARRAY[ROW('A 1', 1, NULL)::addr]),
                     (2, NULL, NULL), (3, ROW(NULL, NULL, NULL), '{}');
