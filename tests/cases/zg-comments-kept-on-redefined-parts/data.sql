INSERT INTO discount VALUES (1, 'SPRING', 10, true), (2, 'OLD', 50, false);
