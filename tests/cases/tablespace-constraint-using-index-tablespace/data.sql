INSERT INTO booking SELECT g, 'c' || g, int4range(g * 10, g * 10 + 5) FROM generate_series(1, 100) g;
