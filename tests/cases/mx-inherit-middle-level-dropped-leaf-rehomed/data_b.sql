INSERT INTO event VALUES (1, '2025-01-01');
INSERT INTO click (id, at, url, button) VALUES (3, '2025-01-03', '/a', 1), (4, '2025-01-04', '/b', 2);
INSERT INTO click_note VALUES (3, NULL, 'n');
