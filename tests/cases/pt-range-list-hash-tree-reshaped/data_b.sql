-- no rows in the partitions b->a drops (a dropped partition's rows go with it, by design)
INSERT INTO sale VALUES (20, 'us', '2025-04-01', 1), (21, 'ca', '2025-04-01', 2), (22, 'jp', '2025-05-01', 3),
  (31, 'eu', '2019-02-01', 5);
