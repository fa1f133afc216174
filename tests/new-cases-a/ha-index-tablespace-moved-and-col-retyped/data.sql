INSERT INTO events VALUES (1, 'login', NULL), (2, 'logout', NULL);
