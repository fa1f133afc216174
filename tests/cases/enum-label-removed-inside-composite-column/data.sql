INSERT INTO subscriber VALUES (1, ROW('email', 'a@x')::contact, ARRAY[ROW('sms', '123')::contact]), (2, NULL, '{}');
