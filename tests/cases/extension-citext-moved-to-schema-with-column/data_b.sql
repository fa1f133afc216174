INSERT INTO account VALUES (1, 'Alice', 'alice@example.com'), (2, 'BOB', NULL);
