INSERT INTO payment VALUES (1, 'card', 500, NULL), (2, 'bank', -100, 'R-1'), (3, 'card', 0, NULL);
