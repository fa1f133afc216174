CREATE FOREIGN DATA WRAPPER zm_fdw4;
CREATE SERVER zm_srv4 FOREIGN DATA WRAPPER zm_fdw4;
CREATE TABLE measurements (id int NOT NULL, region text NOT NULL, at date NOT NULL, v numeric) PARTITION BY LIST (lower(region));
CREATE TABLE measurements_eu PARTITION OF measurements FOR VALUES IN ('eu');
CREATE FOREIGN TABLE measurements_us PARTITION OF measurements FOR VALUES IN ('us') SERVER zm_srv4;
