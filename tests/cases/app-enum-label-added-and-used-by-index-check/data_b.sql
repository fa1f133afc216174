INSERT INTO subscriptions VALUES (1, 10, 'active'), (2, 11, 'trialing');
