INSERT INTO events VALUES (1, 'a'), (2, 'b');
INSERT INTO audit (note) VALUES ('x'), ('y');
