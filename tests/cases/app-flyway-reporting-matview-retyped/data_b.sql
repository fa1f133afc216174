INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 12345, 'flyway', '2024-01-01 00:00:00', 42, true), (2, '2', 'regions', 'SQL', 'V2__regions.sql', -99, 'flyway', '2024-02-01 00:00:00', 7, true);
INSERT INTO regions VALUES ('eu', 'Europe'), ('us', 'United States');
INSERT INTO sales (region, sold_on, amount, channel) VALUES ('eu', '2024-03-01', 10.00, 'web'), ('us', '2024-03-01', 12345.67, 'store');
REFRESH MATERIALIZED VIEW daily_sales;
