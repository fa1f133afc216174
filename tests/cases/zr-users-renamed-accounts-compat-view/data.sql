INSERT INTO users (login, full_name, created_at) VALUES ('ada', 'Ada Lovelace', '2024-01-01+00'), ('grace', 'Grace Hopper', '2024-01-02+00'), ('svc-ci', NULL, '2024-01-03+00');
INSERT INTO sessions (user_id, token, expires_at) VALUES (1, 'tok-1', '2024-12-31+00'), (2, 'tok-2', '2024-12-31+00');
