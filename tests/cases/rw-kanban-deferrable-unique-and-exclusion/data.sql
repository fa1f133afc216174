INSERT INTO boards (workspace_id, title) VALUES (1, 'Roadmap'), (2, 'Ops');
INSERT INTO lists (board_id, position, title) VALUES (1, 1, 'Todo'), (1, 2, 'Doing'), (2, 1, 'Inbox');
INSERT INTO cards (list_id, position, title, due_at) VALUES (1, 1, 'Plan', NULL), (1, 2, 'Ship', '2024-05-01 12:00+00'), (3, 1, 'Pager', NULL);
INSERT INTO focus_sessions (workspace_id, user_id, card_id, during) VALUES (1, 7, 1, '[2024-01-01 09:00+00,2024-01-01 10:00+00)'), (1, 7, 2, '[2024-01-01 10:00+00,2024-01-01 11:00+00)');
