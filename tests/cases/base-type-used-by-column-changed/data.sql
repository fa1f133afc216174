INSERT INTO counters VALUES (1, '7', '{1,2}', 'seven'), (2, DEFAULT, NULL, NULL);
