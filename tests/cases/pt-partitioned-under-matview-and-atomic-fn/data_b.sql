INSERT INTO hit VALUES (1, '2025-03-01', '/'), (2, '2025-03-01', '/a'), (3, '2024-12-31', '/b');
REFRESH MATERIALIZED VIEW hit_daily;
