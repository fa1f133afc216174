INSERT INTO h SELECT g, 'v' || g FROM generate_series(1, 20) g;
