INSERT INTO draft (body) VALUES ('a'), ('b'), ('c'); INSERT INTO slot (label) SELECT 'x' || g FROM generate_series(1, 20) g;
