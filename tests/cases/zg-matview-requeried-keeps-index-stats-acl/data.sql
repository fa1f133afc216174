INSERT INTO rpt.sale VALUES (1, 'eu', '2025-01-01', 10), (2, 'eu', '2025-02-01', 5), (3, 'us', '2025-03-01', 7);
REFRESH MATERIALIZED VIEW rpt.sales_by_region;
