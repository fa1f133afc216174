CREATE FOREIGN DATA WRAPPER zm_fdw9;
CREATE SERVER zm_srv9 FOREIGN DATA WRAPPER zm_fdw9;
CREATE TABLE readings (sensor int NOT NULL, v numeric);
CREATE FOREIGN TABLE readings_remote (site text, sensor int NOT NULL, v numeric) SERVER zm_srv9 OPTIONS (table_name 'r');
