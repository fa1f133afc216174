INSERT INTO plain_points SELECT g, g FROM generate_series(1, 10) g;
INSERT INTO typed_points SELECT g, g FROM generate_series(1, 10) g;
