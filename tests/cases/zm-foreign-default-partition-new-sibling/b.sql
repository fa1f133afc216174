CREATE FOREIGN DATA WRAPPER zm_fdw6;
CREATE SERVER zm_srv6 FOREIGN DATA WRAPPER zm_fdw6;
CREATE TABLE measurements (id int NOT NULL, region text NOT NULL, v numeric) PARTITION BY LIST (region);
CREATE TABLE measurements_eu PARTITION OF measurements FOR VALUES IN ('eu');
CREATE TABLE measurements_us PARTITION OF measurements FOR VALUES IN ('us');
CREATE FOREIGN TABLE measurements_archive PARTITION OF measurements DEFAULT SERVER zm_srv6 OPTIONS (table_name 'm_archive');
