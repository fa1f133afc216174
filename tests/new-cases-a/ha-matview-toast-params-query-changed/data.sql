INSERT INTO docs VALUES (1, 't1', 'body one'), (2, 't2', NULL);
