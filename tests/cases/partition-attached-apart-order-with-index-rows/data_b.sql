INSERT INTO ev VALUES (1, 'a', '2026-03-01'), (2, 'c', '2026-04-01'), (6, 'e', '2026-05-01');
INSERT INTO ref VALUES (1, 'a'), (2, 'c'), (6, 'e');
