INSERT INTO metric SELECT g % 13, date '2024-01-01' + (g * 7), g FROM generate_series(1, 90) g;
-- the partitions b->a drops hold no rows (a dropped partition's rows go with it)
DELETE FROM metric_2024_h2; DELETE FROM metric_2024_h3;
