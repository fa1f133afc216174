INSERT INTO sites VALUES (1, 'hq');
