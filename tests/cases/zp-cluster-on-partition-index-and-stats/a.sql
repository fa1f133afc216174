CREATE TABLE trip (id bigint NOT NULL, started timestamp NOT NULL, city text NOT NULL, km numeric, mins int) PARTITION BY RANGE (started);
CREATE TABLE trip_2024 PARTITION OF trip FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE trip_2025 PARTITION OF trip FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX trip_city ON trip (city, started);
