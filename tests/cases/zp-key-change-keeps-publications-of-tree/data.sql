INSERT INTO evt VALUES (1, 'web', 'p', 's'), (2, 'APP', NULL, NULL);
