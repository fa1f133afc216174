INSERT INTO ticket VALUES (1, 'high', 'fire'), (2, 'low', 'typo'), (3, 'urgent', 'outage');
