INSERT INTO session SELECT g, g % 17, '2025-01-01 00:00+00' FROM generate_series(1, 40) g;
