INSERT INTO item (id, code) VALUES (1, 'a'), (2, 'bb');
INSERT INTO item VALUES (3, 'c', 'third');
