INSERT INTO sale VALUES (1, 'eu', 5, 's'), (2, 'us', 6, NULL);
