-- the 2025 subtree b->a drops holds no rows (a dropped partition's rows go with it)
INSERT INTO reading VALUES (1, '2024-05-01', 'power', 1), (3, '2026-01-01', 'gas', 4), (4, '2019-01-01', 'water', 5);
