INSERT INTO tenants_users VALUES (1, 10, 'admin'), (1, 11, 'user'), (2, 10, 'user');
INSERT INTO user_prefs VALUES (1, 10, 'dark'), (2, 10, 'light');
