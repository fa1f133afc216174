INSERT INTO t SELECT i, i % 7, 'v' || i FROM generate_series(1, 200) i;
