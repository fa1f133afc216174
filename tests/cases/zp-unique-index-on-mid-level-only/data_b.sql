INSERT INTO payment VALUES (1, '2024-01-05', 'card', 'R1'), (2, '2024-02-05', 'sepa', 'R1'), (3, '2025-02-05', 'card', 'R1'), (4, '2024-03-01', 'card', NULL);
