INSERT INTO api.existing VALUES (1);
