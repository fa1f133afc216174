INSERT INTO account VALUES (1, 'a@x', 'b@x'), (2, 'c@x', NULL);
