INSERT INTO setting VALUES (1, '{"k": 1}'), (2, '{}'), (3, '["x", "y"]');
