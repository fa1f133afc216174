INSERT INTO slot VALUES (1, 'n', 'a'), (2, 'n', NULL), (3, NULL, 'b');
INSERT INTO use_slot VALUES (1, 'n', 'a'), (2, NULL, NULL);
