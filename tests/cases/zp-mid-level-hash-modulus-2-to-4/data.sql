INSERT INTO metric SELECT g % 13, date '2024-01-01' + (g * 7), g FROM generate_series(1, 90) g;
