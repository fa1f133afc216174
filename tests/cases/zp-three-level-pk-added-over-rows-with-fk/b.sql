CREATE TABLE measure (id bigint NOT NULL, day date NOT NULL, probe int NOT NULL, v numeric) PARTITION BY RANGE (day);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (probe);
CREATE TABLE measure_2024_0 PARTITION OF measure_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE measure_2024_1 PARTITION OF measure_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 1) PARTITION BY LIST (id);
CREATE TABLE measure_2024_1_a PARTITION OF measure_2024_1 FOR VALUES IN (1, 2, 3);
CREATE TABLE measure_2024_1_rest PARTITION OF measure_2024_1 DEFAULT;
CREATE TABLE measure_rest PARTITION OF measure DEFAULT;
ALTER TABLE measure ADD CONSTRAINT measure_pkey PRIMARY KEY (id, day, probe);
CREATE TABLE flag (measure_id bigint NOT NULL, measure_day date NOT NULL, measure_probe int NOT NULL, why text,
  CONSTRAINT flag_measure_fk FOREIGN KEY (measure_id, measure_day, measure_probe) REFERENCES measure);
