INSERT INTO doc SELECT md5(g::text)::uuid, g, 'b' || g FROM generate_series(1, 40) g;
DELETE FROM doc_c;
