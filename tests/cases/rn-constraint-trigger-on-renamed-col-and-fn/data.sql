INSERT INTO app.accounts VALUES (1, 50), (2, -20);
