INSERT INTO shop (id, lat, lon, area) VALUES (1, 48.8, 2.3, '(1,2),(3,4)'), (2, 40.7, -74.0, NULL);
