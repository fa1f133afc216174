INSERT INTO people SELECT 'p' || g, g FROM generate_series(1, 100) g;
