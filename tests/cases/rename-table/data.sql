INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
INSERT INTO post VALUES (1, 1, 'hi'), (2, 2, 'yo'), (3, NULL, 'anon');
