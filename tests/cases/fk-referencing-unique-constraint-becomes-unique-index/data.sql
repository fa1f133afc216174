INSERT INTO account VALUES (1, 'A'), (2, 'B');
INSERT INTO transfer VALUES (1, 'A', 'B'), (2, 'B', NULL);
