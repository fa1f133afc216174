CREATE TABLE trip (id bigint NOT NULL, started timestamp NOT NULL, city text NOT NULL, km numeric, mins int) PARTITION BY RANGE (started);
CREATE TABLE trip_2024 PARTITION OF trip FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE trip_2025 PARTITION OF trip FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX trip_city ON trip (city, started);
ALTER TABLE trip_2024 CLUSTER ON trip_2024_city_started_idx;
CREATE STATISTICS trip_km_mins (ndistinct, dependencies) ON km, mins FROM trip;
CREATE STATISTICS trip_2025_city_expr (mcv) ON city, (km / nullif(mins, 0)) FROM trip_2025;
ALTER STATISTICS trip_km_mins SET STATISTICS 500;
COMMENT ON INDEX trip_2025_city_started_idx IS 'clone of trip_city';
