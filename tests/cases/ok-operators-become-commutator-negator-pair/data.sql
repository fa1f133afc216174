INSERT INTO release VALUES (1, ROW(1,0,0), NULL), (2, ROW(1,1,0), ROW(1,0,0)), (3, ROW(2,0,0), ROW(1,1,0));
INSERT INTO release_log VALUES (9, 'seed');
