INSERT INTO reading VALUES (1, '2024-05-01', 3.5), (1, '2025-02-01', 4.25);
INSERT INTO reading_copy VALUES (2, '2024-01-02', 1);
