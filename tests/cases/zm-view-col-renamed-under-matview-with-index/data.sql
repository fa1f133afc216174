INSERT INTO rpt.sales VALUES (1, 'eu', 20), (2, 'us', 5);
REFRESH MATERIALIZED VIEW rpt.top_regions;
