INSERT INTO parent_ref SELECT g FROM generate_series(1, 50) g;
INSERT INTO m SELECT g, date '2025-03-01' + (g % 600), g % 50 + 1 FROM generate_series(1, 500) g;
