INSERT INTO member VALUES (1, 'Zed'), (2, 'amy');
