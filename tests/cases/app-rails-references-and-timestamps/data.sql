INSERT INTO schema_migrations VALUES ('20240101000000'), ('20240201000000');
INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2024-01-01 00:00:00.123456', '2024-01-01 00:00:00.123456');
INSERT INTO users (email, encrypted_password, created_at, updated_at) VALUES ('a@x.test', 'h1', '2024-01-01 00:00:00', '2024-01-01 00:00:00'), ('b@x.test', 'h2', '2024-01-02 00:00:00', '2024-01-02 00:00:00');
INSERT INTO articles (title, body, created_at, updated_at) VALUES ('Hi', 'there', '2024-01-03 00:00:00', '2024-01-03 00:00:00'), ('Yo', NULL, '2024-01-03 00:00:00', '2024-01-03 00:00:00');
