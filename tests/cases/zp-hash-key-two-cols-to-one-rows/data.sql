INSERT INTO msg SELECT g % 7, g % 5, g, 'm' FROM generate_series(1, 50) g;
