INSERT INTO book (id, title) VALUES (1, 'Dune'), (2, 'Emma');
INSERT INTO library.shelf VALUES (1, 1, 'a');
