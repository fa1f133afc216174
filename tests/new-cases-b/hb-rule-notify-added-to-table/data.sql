INSERT INTO jobs VALUES (1,'new');
