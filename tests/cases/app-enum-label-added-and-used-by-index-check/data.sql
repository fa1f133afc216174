INSERT INTO subscriptions VALUES (1, 10, 'active'), (2, 10, 'canceled'), (3, 11, 'trialing');
