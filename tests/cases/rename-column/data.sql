INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
