INSERT INTO event (tenant, id, kind, payload) VALUES (1, 1, 'login', 'x'), (2, 1, DEFAULT, 'y'), (7, 3, 'logout', NULL);
