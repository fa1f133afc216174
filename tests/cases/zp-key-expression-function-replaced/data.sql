INSERT INTO kv SELECT chr(96 + g) || repeat('x', g), 'v' FROM generate_series(1, 20) g;
