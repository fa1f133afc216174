INSERT INTO account VALUES (1, 'a', 'a@x', 5000), (2, 'b', NULL, 10);
