CREATE FOREIGN DATA WRAPPER zm_fdw7;
CREATE SERVER zm_srv7 FOREIGN DATA WRAPPER zm_fdw7;
CREATE TABLE measurements (id int NOT NULL, at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FOREIGN TABLE measurements_2020 (id int NOT NULL, at date NOT NULL, v numeric) SERVER zm_srv7 OPTIONS (table_name 'm2020');
