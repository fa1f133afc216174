INSERT INTO h SELECT generate_series(1, 10);
