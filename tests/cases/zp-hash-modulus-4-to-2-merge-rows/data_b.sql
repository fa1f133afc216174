INSERT INTO cart SELECT g, g % 5, g FROM generate_series(1, 60) g;
