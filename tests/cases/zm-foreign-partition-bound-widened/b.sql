CREATE FOREIGN DATA WRAPPER zm_fdw5;
CREATE SERVER zm_srv5 FOREIGN DATA WRAPPER zm_fdw5;
CREATE TABLE measurements (id int NOT NULL, region text NOT NULL, v numeric) PARTITION BY LIST (region);
CREATE TABLE measurements_eu PARTITION OF measurements FOR VALUES IN ('eu');
CREATE FOREIGN TABLE measurements_us PARTITION OF measurements FOR VALUES IN ('us', 'ca') SERVER zm_srv5 OPTIONS (table_name 'm_us');
