INSERT INTO shop VALUES (1, 48.8, 2.3), (2, 40.7, -74.0);
