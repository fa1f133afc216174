INSERT INTO schema_migrations VALUES ('20230101120000'), ('20230215093000'), ('20230301110000');
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2023-01-01 12:00:00', '2023-01-01 12:00:00');
INSERT INTO users (email, encrypted_password, name, bio, avatar_url, admin, sign_in_count, created_at, updated_at) VALUES
 ('alice@example.com', '$2a$12$abc', 'Alice', 'Rubyist', 'https://cdn.example.com/a.png', true, 12, '2023-01-02 10:00:00', '2023-03-01 10:00:00'),
 ('bob@example.com', '$2a$12$def', 'Bob', NULL, NULL, false, 3, '2023-01-05 11:00:00', '2023-01-05 11:00:00'),
 ('carol@example.com', '$2a$12$ghi', 'Carol', 'Ops', NULL, false, 0, '2023-02-01 09:30:00', '2023-02-01 09:30:00'),
 ('dave@example.com', '$2a$12$jkl', NULL, NULL, NULL, NULL, 1, '2023-02-11 08:00:00', '2023-02-12 08:00:00');
INSERT INTO posts (user_id, title, body, published, created_at, updated_at) VALUES
 (1, 'Hello Rails', 'First post', true, '2023-01-03 10:00:00', '2023-01-03 10:00:00'),
 (1, 'Active Record tips', 'Use includes', true, '2023-01-10 10:00:00', '2023-01-11 10:00:00'),
 (2, 'Draft', NULL, false, '2023-01-06 10:00:00', '2023-01-06 10:00:00'),
 (3, 'Kubernetes', 'pods', NULL, '2023-02-02 10:00:00', '2023-02-02 10:00:00');
