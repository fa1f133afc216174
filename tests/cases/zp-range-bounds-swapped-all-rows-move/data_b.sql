INSERT INTO score SELECT g, g * 37 % 1000, date '2025-01-01' + g FROM generate_series(1, 50) g;
