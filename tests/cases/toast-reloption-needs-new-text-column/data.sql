INSERT INTO counters VALUES (1, 10), (2, 20);
