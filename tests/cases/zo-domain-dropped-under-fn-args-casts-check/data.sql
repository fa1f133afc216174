INSERT INTO member VALUES (1, 'a@x.org', NULL), (2, 'b@y.org', 'c@z.org');
