INSERT INTO m VALUES (1, '2024-03-01', 'a');
-- one staged row belongs to 2026: the attach must fail, changing nothing
INSERT INTO m_2025 VALUES (2, '2025-03-01', 'b'), (3, '2026-01-01', 'c');
