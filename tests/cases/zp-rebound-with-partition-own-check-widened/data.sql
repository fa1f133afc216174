INSERT INTO bill SELECT g, date '2025-01-01' + g * 12, g FROM generate_series(0, 29) g;
