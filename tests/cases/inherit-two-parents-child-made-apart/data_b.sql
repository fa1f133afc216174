INSERT INTO doc VALUES (1, 'x');
INSERT INTO note VALUES (1, 'n', 'me', '2026-01-01 00:00+00', 'b');
