INSERT INTO geo VALUES (1, 'Alpha', 'eu', box(point(0,0), point(1,1)), 1, '[2025-01-01,2025-02-01)'),
 (2, 'beta', NULL, box(point(0,0), point(1,1)), 1, '[2025-02-01,2025-03-01)'),
 (3, 'Gamma', 'us', box(point(5,5), point(6,6)), 2, NULL);
