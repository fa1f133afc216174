INSERT INTO note (id, body, owner) VALUES (1, 'hello', 'app_reader'), (2, 'bye', 'app_writer');
