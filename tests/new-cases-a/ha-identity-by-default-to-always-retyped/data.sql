INSERT INTO events (kind) VALUES ('x'), ('y');
INSERT INTO events VALUES (100, 'manual');
