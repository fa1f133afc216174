INSERT INTO paint VALUES (1, 'green', '{red}'), (2, 'blue', NULL);
