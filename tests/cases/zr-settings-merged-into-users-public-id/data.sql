INSERT INTO users (email, created_at) VALUES ('ann@x.test', '2024-01-01 09:00'), ('bob@x.test', '2024-01-02 09:00'), ('cy@x.test', '2024-01-03 09:00');
INSERT INTO user_settings VALUES (1, 'dark', 'de', false), (2, 'light', 'en', true);
INSERT INTO user_notification_prefs VALUES (1, 'email', false), (1, 'push', true), (3, 'sms', true);
