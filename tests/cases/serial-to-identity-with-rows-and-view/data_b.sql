INSERT INTO author (name) VALUES ('x'), ('y');
INSERT INTO book (author_id, title) VALUES (1, 't1'), (2, 't2');
