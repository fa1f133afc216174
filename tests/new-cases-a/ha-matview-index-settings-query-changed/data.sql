INSERT INTO sales VALUES (1, 'eu', 10), (2, 'us', 20), (3, 'eu', 5);
REFRESH MATERIALIZED VIEW region_totals;
