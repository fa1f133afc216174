INSERT INTO job VALUES (1, 'doing', 'ann'), (2, 'done', NULL);
