INSERT INTO ord VALUES (1, 'emea', 'DE', 1), (2, 'emea', 'FR', 2), (3, 'apac', 'JP', 3), (4, 'emea', 'IN', 4), (5, 'apac', 'SG', 5);
