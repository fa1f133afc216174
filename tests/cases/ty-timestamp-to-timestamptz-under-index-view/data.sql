INSERT INTO event VALUES (1, 'start', NULL, NULL), (2, 'stop', NULL, NULL);
