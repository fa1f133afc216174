INSERT INTO member VALUES (1, 'Ann', '2024-01-01', 12.5), (2, 'Bo', '2025-01-01', NULL);
