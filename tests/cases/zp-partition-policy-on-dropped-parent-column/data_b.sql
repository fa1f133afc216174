INSERT INTO doc (id, team) VALUES (1, 'core'), (2, 'ext');
