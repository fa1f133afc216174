CREATE TABLE meas (id int NOT NULL, k int NOT NULL) PARTITION BY RANGE (k);
CREATE TABLE measurements_partition_for_the_first_half_of_year_2025_region_a PARTITION OF meas FOR VALUES FROM (0) TO (30);
CREATE TABLE measurements_partition_for_the_first_half_of_year_2025_region_b PARTITION OF meas FOR VALUES FROM (30) TO (100);
