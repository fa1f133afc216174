INSERT INTO team VALUES (1, 1, 'a'), (2, 2, 'b');
INSERT INTO member VALUES (1, 1, 1), (2, 2, 2), (3, 1, 1);
