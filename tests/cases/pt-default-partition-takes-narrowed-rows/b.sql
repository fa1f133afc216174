CREATE TABLE measurement (id bigint, region text NOT NULL, taken_on date NOT NULL, value numeric) PARTITION BY LIST (region);
CREATE TABLE measurement_eu PARTITION OF measurement FOR VALUES IN ('eu');
CREATE TABLE measurement_us PARTITION OF measurement FOR VALUES IN ('us');
CREATE TABLE measurement_other PARTITION OF measurement DEFAULT;
