INSERT INTO tick SELECT y, m, 'S' || m, y * 100 + m FROM generate_series(2023, 2026) y, generate_series(1, 12) m;
