INSERT INTO api_keys VALUES (1, 1, NULL, false), (2, 1, NULL, true), (3, 2, 'ci', false);
