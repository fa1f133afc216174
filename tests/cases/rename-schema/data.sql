INSERT INTO billing.plan VALUES (1, 'free'), (2, 'pro');
INSERT INTO billing.subscription VALUES (1, 1), (2, 2), (3, 2);
