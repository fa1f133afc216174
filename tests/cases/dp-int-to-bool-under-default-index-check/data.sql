INSERT INTO feature (id, name, enabled, archived) VALUES (1, 'x', NULL, NULL), (2, 'y', NULL, NULL);
