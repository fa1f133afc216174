INSERT INTO subscriber VALUES (1, 'a@corp.example'), (2, 'B@home.example');
