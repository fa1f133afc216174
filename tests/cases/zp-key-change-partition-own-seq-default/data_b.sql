INSERT INTO note_a (kind, body) VALUES ('a', 'x'), ('a', 'y');
INSERT INTO note VALUES (10, 'b', 'z');
