INSERT INTO api.account VALUES (1, 500), (2, -20);
