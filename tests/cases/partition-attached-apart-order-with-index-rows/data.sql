INSERT INTO ev VALUES (1, 'a', '2026-03-01'), (2, 'c', '2026-04-01'), (3, 'd', '2025-01-01');
INSERT INTO ref VALUES (1, 'a'), (2, 'c');
