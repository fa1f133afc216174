INSERT INTO author (name) VALUES ('x'), ('y'), ('z');
INSERT INTO book (author_id, title) VALUES (1, 't1'), (2, 't2'), (3, 't3');
