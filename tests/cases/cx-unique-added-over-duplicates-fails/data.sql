INSERT INTO member VALUES (1, 'x@y'), (2, 'x@y'), (3, 'z@y');
