INSERT INTO counters VALUES (1, '7', 'seven'), (2, '-3', NULL);
