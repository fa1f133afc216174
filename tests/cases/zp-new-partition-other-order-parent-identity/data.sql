INSERT INTO audit (at, what) VALUES ('2024-05-01 00:00+00', 'x'), ('2024-06-01 00:00+00', 'y');
