INSERT INTO measurements_eu VALUES (1, 'eu', 1.5);
