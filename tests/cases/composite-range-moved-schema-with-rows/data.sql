INSERT INTO shape VALUES (1, ROW(1, 2), ARRAY[ROW(3, 4)::pt, ROW(NULL, 5)::pt], '[1.5,2.5)'),
  (2, NULL, '{}', 'empty'), (3, ROW(NULL, NULL), NULL, '(,3]');
