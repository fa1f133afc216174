INSERT INTO outbox VALUES (1, 'a', '{}'), (2, 'b', NULL);
