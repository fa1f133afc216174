INSERT INTO account VALUES (1, 'user', 'free'), (2, 'org', 'pro'), (3, 'org', 'enterprise'), (4, 'user', DEFAULT);
