INSERT INTO auth_user (password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) VALUES
 ('pbkdf2_sha256$870000$abc$def', '2024-05-01 10:00+00', true, 'admin', 'Ada', 'Admin', 'admin@example.com', true, true, '2020-01-01+00'),
 ('pbkdf2_sha256$870000$ghi$jkl', '2024-05-02 10:00+00', false, 'jane.doe', 'Jane', 'Doe', 'jane@example.com', true, true, '2021-06-01+00'),
 ('!unusable', '2024-01-01 00:00+00', false, 'bot_ci', '', '', 'ci@example.com', false, false, '2022-01-01+00');
INSERT INTO auth_group (name) VALUES ('editors'), ('moderators');
INSERT INTO auth_user_groups (user_id, group_id) VALUES (1, 1), (2, 1), (2, 2);
