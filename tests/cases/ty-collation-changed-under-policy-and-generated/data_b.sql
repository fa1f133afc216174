INSERT INTO note (id, owner, title) VALUES (1, 'app_reader', 'Hello'), (2, 'postgres', NULL);
