INSERT INTO topics (title, fancy_title, posts_count, bumped_at, created_at, updated_at) VALUES
 ('Welcome to Discourse', 'Welcome to Discourse', 1, '2024-01-01 00:00', '2024-01-01 00:00', '2024-01-01 00:00'),
 ('How do I install plugins?', NULL, 2, '2024-01-05 12:00', '2024-01-04 12:00', '2024-01-05 12:00'),
 ('Dark mode', NULL, 0, '2024-01-06 12:00', '2024-01-06 12:00', '2024-01-06 12:00');
UPDATE topics SET deleted_at = '2024-01-07 00:00' WHERE title = 'Dark mode';
INSERT INTO posts (topic_id, post_number, raw, cooked, like_count, created_at, updated_at) VALUES
 (1, 1, 'Hi **all**', '<p>Hi <strong>all</strong></p>', 3, '2024-01-01 00:00', '2024-01-01 00:00'),
 (2, 1, 'See meta', '<p>See meta</p>', 0, '2024-01-04 12:00', '2024-01-04 12:00'),
 (2, 2, 'Use app.yml', '<p>Use app.yml</p>', 1, '2024-01-05 12:00', '2024-01-05 12:00');
