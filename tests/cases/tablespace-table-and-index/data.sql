INSERT INTO t SELECT g, g % 7, 'note ' || g FROM generate_series(1, 300) g;
