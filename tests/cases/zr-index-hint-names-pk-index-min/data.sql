INSERT INTO users VALUES (1, 'a@x.test'), (2, NULL);
