INSERT INTO member VALUES (1, 'ann', true), (2, 'bob_2', false);
