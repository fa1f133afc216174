INSERT INTO person (id, name) VALUES (1, 'ann'), (2, 'bob'), (3, NULL);
