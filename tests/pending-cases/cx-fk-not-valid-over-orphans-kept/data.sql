INSERT INTO author VALUES (1, 'a');
INSERT INTO book VALUES (1, 1, 'x'), (2, 99, 'orphan');
