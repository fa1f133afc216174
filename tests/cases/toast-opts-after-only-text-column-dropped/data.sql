INSERT INTO jobs VALUES (1, 0, NULL), (2, 3, 'timeout');
