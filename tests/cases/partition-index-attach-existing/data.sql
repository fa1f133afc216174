INSERT INTO m SELECT g, date '2025-03-01' + (g % 600), g FROM generate_series(1, 500) g;
