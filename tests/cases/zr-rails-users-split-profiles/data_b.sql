INSERT INTO schema_migrations VALUES ('20230101120000'), ('20230215093000'), ('20230301110000'), ('20230401080000');
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2023-01-01 12:00:00', '2023-01-01 12:00:00');
INSERT INTO users (email, encrypted_password, name, role, sign_in_count, created_at, updated_at) VALUES
 ('alice@example.com', '$2a$12$abc', 'Alice', 2, 12, '2023-01-02 10:00:00', '2023-03-01 10:00:00'),
 ('bob@example.com', '$2a$12$def', 'Bob', 0, 3, '2023-01-05 11:00:00', '2023-01-05 11:00:00');
INSERT INTO profiles (user_id, bio, avatar_url, created_at, updated_at) VALUES
 (1, 'Rubyist', 'https://cdn.example.com/a.png', '2023-04-01 08:00:00', '2023-04-01 08:00:00');
INSERT INTO posts (user_id, title, body, status, slug, created_at, updated_at) VALUES
 (1, 'Hello Rails', 'First post', 1, 'hello-rails', '2023-01-03 10:00:00', '2023-01-03 10:00:00'),
 (2, 'Draft', NULL, 0, NULL, '2023-01-06 10:00:00', '2023-01-06 10:00:00');
