INSERT INTO doc (id, team, hidden) VALUES (1, 'core', false), (2, 'ext', true);
