INSERT INTO tickets VALUES (1, 'new', 'ann'), (2, 'done', NULL);
