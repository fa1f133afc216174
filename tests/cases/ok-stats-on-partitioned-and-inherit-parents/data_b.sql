INSERT INTO event VALUES (1, 'a', '2025-02-01'), (2, 'B', '2026-03-01');
INSERT INTO note VALUES (1, 'x');
INSERT INTO note_pinned VALUES (2, 'y', '2026-01-01');
