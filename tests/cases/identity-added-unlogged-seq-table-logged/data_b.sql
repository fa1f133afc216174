INSERT INTO events (kind) VALUES ('c');
INSERT INTO audit (note) VALUES ('z');
