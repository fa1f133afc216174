INSERT INTO visit VALUES (1, '/'), (NULL, '/about'), (150, '/x');
