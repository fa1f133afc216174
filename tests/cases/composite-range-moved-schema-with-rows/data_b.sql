INSERT INTO shape VALUES (1, ROW(1, 2), ARRAY[ROW(3, 4)::geo.pt, ROW(NULL, 5)::geo.pt], '[1.5,2.5)'),
  (2, NULL, '{}', 'empty'), (3, ROW(NULL, NULL), NULL, '(,3]');
