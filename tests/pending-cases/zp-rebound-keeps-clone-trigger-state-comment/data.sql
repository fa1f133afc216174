INSERT INTO ev VALUES (1, '2024-03-01', 'click', 'x'), (2, '2024-04-01', 'view', 'y'), (3, '2025-01-15', 'click', 'z'), (4, '2025-03-01', 'view', 'w');
