INSERT INTO member VALUES (1, 1, 'ann'), (2, 1, 'bob'), (2, 2, 'cy');
INSERT INTO badge VALUES (10, 1, 1), (11, 2, 2);
