INSERT INTO team VALUES (1, 'red'), (2, 'blue');
INSERT INTO member VALUES (1, 1, 'ann'), (2, 2, 'bob'), (3, NULL, 'cy'), (4, 1, 'di');
