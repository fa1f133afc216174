INSERT INTO slot (label) SELECT 'x' || g FROM generate_series(1, 3) g;
SELECT setval(pg_get_serial_sequence('slot', 'id'), 200);
