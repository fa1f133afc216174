INSERT INTO boards (workspace_id, title, archived) VALUES (1, 'Roadmap', true);
INSERT INTO lists (board_id, position, title) VALUES (1, 1, 'Todo');
INSERT INTO cards (list_id, position, title) VALUES (1, 1, 'Plan');
INSERT INTO list_snapshots (board_id, position, taken_at, card_count) VALUES (1, 1, '2024-01-01 00:00+00', 1);
INSERT INTO focus_sessions (workspace_id, user_id, card_id, during, note) VALUES (1, 7, 1, '[2024-01-01 09:00+00,2024-01-01 10:00+00)', 'deep work');
