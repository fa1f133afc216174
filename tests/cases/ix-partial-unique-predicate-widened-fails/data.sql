INSERT INTO subscriptions VALUES (1, 1, 'active'), (2, 1, 'trialing'), (3, 2, 'active'), (4, 2, 'canceled');
